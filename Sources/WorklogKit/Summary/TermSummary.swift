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
  /// Findings on every page of the site in the languages shown (all of them by default), the
  /// week pages and the others.
  public var findings: FindingCounts
  /// How many weeks are in each state.
  public var states: [WeekState: Int]
  /// The highest week with a page.
  public var lastWeek: Int?
  /// The last week's earliest task date.
  public var lastWeekStart: CalendarDate?
  /// The last week's latest task date.
  public var lastWeekEnd: CalendarDate?
  /// Pairs of weeks whose task dates overlap.
  public var overlaps: [WeekPair]

  /// The totals of `weeks`; `findings` counts the site's findings, when given, else those of
  /// the weeks shown.
  public init(_ weeks: [WeekSummary], findings: [FindingSummary]? = nil) {
    // One pass by index: filtering the weeks would copy each one.
    var present = 0
    var missing: [Int] = []
    var withoutDates: [Int] = []
    var tasks = 0
    var days = Set<CalendarDate>()
    var weekFindings = FindingCounts()
    var states: [WeekState: Int] = [:]
    var last: Int?  // the first present week with the highest number
    for i in weeks.indices {
      let week = weeks[i].week
      tasks += weeks[i].taskCount
      days.formUnion(weeks[i].dates)
      weekFindings = weekFindings + weeks[i].findings
      states[weeks[i].state, default: 0] += 1
      guard weeks[i].isPresent else {
        missing.append(week)
        continue
      }
      present += 1
      if weeks[i].status != .unreadable && weeks[i].start == nil { withoutDates.append(week) }
      if last.map({ weeks[$0].week < week }) ?? true { last = i }
    }
    weeksPresent = present
    weeksMissing = missing.sorted()
    weeksWithoutDates = withoutDates.sorted()
    self.tasks = tasks
    self.days = days.count
    if let findings {
      var counts = FindingCounts()
      for f in findings { counts.add(f.severity) }
      self.findings = counts
    } else {
      self.findings = weekFindings
    }
    self.states = states
    lastWeek = last.map { weeks[$0].week }
    lastWeekStart = last.flatMap { weeks[$0].start }
    lastWeekEnd = last.flatMap { weeks[$0].end }
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
  /// The name to show: `displayName` from `.worklog.json`, else the owner in a folder named
  /// `owner__repository`, else the folder's name (`site.name`, which JSON also gives).
  public var displayName: String
  /// The weeks expected, and from what.
  public var expected: ExpectedWeeks
  /// The findings on the site's pages in the languages shown, in lint's order; nil when the
  /// summary was built without them.
  public var findingList: [FindingSummary]?
  /// The languages of the pages shown (with `--lang vi`, `vi` even when every week is missing).
  public var languages: [String]
  /// The weeks, ascending; missing weeks are included with status `missing`.
  public var weeks: [WeekSummary]
  /// Notes that belong to no week: unreadable pages and pages without a week number.
  public var notes: [String]
  /// Totals and gaps, computed from `weeks`.
  public var totals: TermTotals

  /// The summary of `weeks` (sorted here), with totals computed from them and `findings`.
  public init(
    site: SiteIdentity, languages: [String], weeks: [WeekSummary], notes: [String] = [],
    expected: ExpectedWeeks? = nil, displayName: String? = nil, findings: [FindingSummary]? = nil
  ) {
    self.site = site
    self.displayName = displayName ?? TermSummary.shortName(site.name)
    self.languages = languages
    self.weeks = weeks.sorted { $0.week < $1.week }
    self.notes = notes
    self.expected =
      expected
      ?? ExpectedWeeks(
        range: weeks.map(\.week).min().flatMap { lo in weeks.map(\.week).max().map { lo...$0 } }, source: .site,
        detail: "the weeks given")
    self.findingList = findings
    self.totals = TermTotals(self.weeks, findings: findings)
  }

  /// This summary with `weeks` instead (totals recomputed), everything else kept.
  func replacing(weeks: [WeekSummary], expected: ExpectedWeeks? = nil) -> TermSummary {
    TermSummary(
      site: site, languages: languages, weeks: weeks, notes: notes, expected: expected ?? self.expected,
      displayName: displayName, findings: findingList)
  }

  /// The owner in a folder named `owner__repository` (as `git clone` mirrors are often laid
  /// out), else `name` itself.
  static func shortName(_ name: String) -> String {
    guard let cut = name.firstRange(of: "__"), cut.lowerBound != name.startIndex else { return name }
    return String(name[..<cut.lowerBound])
  }

  /// The week `n`, if it is in the summary.
  public func week(_ n: Int) -> WeekSummary? { weeks.first { $0.week == n } }
}
