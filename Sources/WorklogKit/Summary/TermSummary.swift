/// Two weeks whose date ranges share at least one day; `first < second`.
public struct WeekPair: Sendable, Hashable {
  /// The lower week number.
  public var first: Int
  /// The higher week number.
  public var second: Int

  /// The pair `first` and `second`; `first` must be the lower.
  public init(_ first: Int, _ second: Int) {
    self.first = first
    self.second = second
  }
}

/// The totals and gaps of a site's weeks.
public struct TermTotals: Sendable {
  /// Weeks with a page, read or not.
  public var weeksPresent: Int
  /// Weeks in the expected range with no page, ascending.
  public var weeksMissing: [Int]
  /// Weeks with a readable page but not one task date, ascending.
  public var weeksWithoutDates: [Int]
  /// Task rows over all weeks.
  public var tasks: Int
  /// Distinct days the tasks of all weeks cover (a day two weeks both claim counts once).
  public var days: Int
  /// Findings summed over the weeks shown.
  public var findings: FindingCounts
  /// The highest week with a page.
  public var lastWeek: Int?
  /// The last week's earliest task date.
  public var lastWeekStart: CalendarDate?
  /// The last week's latest task date.
  public var lastWeekEnd: CalendarDate?
  /// Pairs of weeks whose task dates overlap.
  public var overlaps: [WeekPair]

  /// The totals of `weeks`.
  public init(_ weeks: [WeekSummary]) {
    let present = weeks.filter(\.isPresent)
    weeksPresent = present.count
    weeksMissing = weeks.filter { !$0.isPresent }.map(\.week).sorted()
    weeksWithoutDates = present.filter { $0.status != .unreadable && $0.start == nil }.map(\.week).sorted()
    tasks = weeks.reduce(0) { $0 + $1.taskCount }
    days = Set(weeks.flatMap(\.dates)).count
    findings = weeks.reduce(FindingCounts()) { $0 + $1.findings }
    let last = present.max { $0.week < $1.week }
    lastWeek = last?.week
    lastWeekStart = last?.start
    lastWeekEnd = last?.end
    overlaps = TermTotals.overlaps(weeks)
  }

  /// Every pair of weeks whose `start...end` ranges intersect, in week order.
  static func overlaps(_ weeks: [WeekSummary]) -> [WeekPair] {
    let dated = weeks.compactMap { w -> (Int, CalendarDate, CalendarDate)? in
      guard let s = w.start, let e = w.end else { return nil }
      return (w.week, s, e)
    }.sorted { $0.0 < $1.0 }
    var pairs: [WeekPair] = []
    for (i, a) in dated.enumerated() {
      for b in dated[(i + 1)...] where a.0 != b.0 && a.1 <= b.2 && b.1 <= a.2 {
        pairs.append(WeekPair(a.0, b.0))
      }
    }
    return pairs
  }
}

/// One site in one view: a row per week, the totals and gaps, and notes about the site itself.
public struct TermSummary: Sendable {
  /// The site: its root folder and name.
  public var site: SiteIdentity
  /// The languages of the pages shown (with `--lang vi`, `vi` even when every week is missing).
  public var languages: [String]
  /// The weeks, ascending; missing weeks are included with status `missing`.
  public var weeks: [WeekSummary]
  /// Notes that belong to no week: unreadable pages and pages without a week number.
  public var notes: [String]
  /// Totals and gaps, computed from `weeks`.
  public var totals: TermTotals

  /// The summary of `weeks` (sorted here), with totals computed from them.
  public init(site: SiteIdentity, languages: [String], weeks: [WeekSummary], notes: [String] = []) {
    self.site = site
    self.languages = languages
    self.weeks = weeks.sorted { $0.week < $1.week }
    self.notes = notes
    self.totals = TermTotals(self.weeks)
  }

  /// The week `n`, if it is in the summary.
  public func week(_ n: Int) -> WeekSummary? { weeks.first { $0.week == n } }
}
