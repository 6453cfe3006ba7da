/// Where a site's weeks fall on the calendar: week N's Monday.
public struct WeekCalendar: Sendable, Hashable {
  /// Where the calendar came from.
  public enum Source: Sendable, Hashable {
    /// `programStart` in a `.worklog.json`.
    case programStart
    /// The earliest task date of the site's latest dated week.
    case latestDatedWeek(week: Int)
    /// The front matter `date` of the site's latest week that has its own.
    case latestFrontMatterDate(week: Int)
    /// The site has no dated week: week 1 is the week of `today`.
    case today
  }

  /// The Monday of week 1.
  public var firstMonday: CalendarDate
  public var source: Source

  public init(firstMonday: CalendarDate, source: Source) {
    self.firstMonday = firstMonday
    self.source = source
  }

  /// The Monday of week `n`: `firstMonday` + 7(n − 1).
  public func monday(week n: Int) -> CalendarDate { firstMonday.adding(days: 7 * (n - 1)) }

  /// Week `n`, Monday to Sunday.
  public func dates(week n: Int) -> ClosedRange<CalendarDate> {
    let monday = monday(week: n)
    return monday...monday.adding(days: 6)
  }

  /// The calendar a summary judges `site`'s weeks by: `programStart` when given, else the
  /// Monday of week 1 that more of its dated weeks imply than any other (`StatusWeek`'s vote);
  /// nil when neither places week 1, or when two Mondays tie (two weeks with the same dates:
  /// which one is misdated is a coin toss, so none is said to be).
  static func judging(_ site: Site, programStart: CalendarDate?) -> WeekCalendar? {
    if let programStart { return WeekCalendar(firstMonday: programStart, source: .programStart) }
    let votes = StatusWeek.weekOneVotes(site).votes.sorted { $0.value.count > $1.value.count }
    guard let best = votes.first, votes.count < 2 || votes[1].value.count < best.value.count else { return nil }
    return WeekCalendar(firstMonday: best.key, source: .latestDatedWeek(week: best.value.latest))
  }

  /// `from programStart`, `extrapolated from week 7`, `from today's week`.
  public var description: String {
    switch source {
    case .programStart: return "from programStart"
    case .latestDatedWeek(let week): return "extrapolated from week \(week)'s dates"
    case .latestFrontMatterDate(let week): return "extrapolated from week \(week)'s front matter date"
    case .today: return "no dated week: week 1 is taken to be this week"
    }
  }
}
