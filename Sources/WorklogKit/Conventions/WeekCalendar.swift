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

  /// The Monday on or before `date`.
  static func monday(of date: CalendarDate) -> CalendarDate { date.adding(days: 1 - date.weekday) }

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
