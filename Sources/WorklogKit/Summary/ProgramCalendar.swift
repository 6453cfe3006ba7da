/// Where the program calendar puts each week: week N runs from `weekOne + 7(N-1)` days, Monday
/// to Sunday. From `programStart` when configured, else from the site's own dates (the Monday of
/// week 1 most of its dated weeks agree on, as `worklog status` places weeks).
public struct ProgramCalendar: Sendable, Hashable {
  public enum Source: String, Sendable {
    /// `programStart` in `.worklog.json`.
    case programStart
    /// The site's dated weeks, by vote.
    case siteDates
  }

  /// The Monday of week 1.
  public var weekOne: CalendarDate
  public var source: Source

  public init(weekOne: CalendarDate, source: Source) {
    self.weekOne = weekOne
    self.source = source
  }

  /// The calendar of `site`: `programStart` when given, else the Monday of week 1 that more of
  /// its dated weeks imply than any other; nil when neither places week 1, or when two Mondays
  /// tie (two weeks with the same dates: which one is misdated is a coin toss, so none is said
  /// to be).
  static func of(_ site: Site, programStart: CalendarDate?) -> ProgramCalendar? {
    if let programStart { return ProgramCalendar(weekOne: programStart, source: .programStart) }
    let counts = StatusWeek.weekOneVotes(site).votes.map { ($0.key, $0.value.count) }.sorted { $0.1 > $1.1 }
    guard let best = counts.first, counts.count < 2 || counts[1].1 < best.1 else { return nil }
    return ProgramCalendar(weekOne: best.0, source: .siteDates)
  }

  /// Week `n`, Monday to Sunday.
  public func dates(week n: Int) -> ClosedRange<CalendarDate> {
    let monday = weekOne.adding(days: 7 * (n - 1))
    return monday...monday.adding(days: 6)
  }

  /// `from programStart` or `from the site's own dates`.
  var origin: String { source == .programStart ? "programStart" : "the site's own dates" }
}
