/// The weeks a site is expected to have, and where that expectation comes from, so every
/// output can say why a week counts as missing.
public struct ExpectedWeeks: Sendable, Hashable {
  /// Where the expected weeks come from, most trusted first.
  public enum Source: String, Sendable, CaseIterable {
    /// `--week N` or `--weeks A-B` on the command line.
    case option
    /// `programStart` (and `termWeeks`) in `.worklog.json`, with today's date: every week that
    /// has ended by today (its Friday has passed), at most `termWeeks`.
    case programStart
    /// `termWeeks` in `.worklog.json`, without a `programStart`: weeks 1 to `termWeeks`.
    case termWeeks
    /// No configuration: the highest week reached by at least two sites of the cohort.
    case cohort
    /// No configuration, one site: the site's own highest week.
    case site
  }

  /// The expected weeks, lowest to highest; nil when no week is expected (a site with no week
  /// page, before the program starts).
  public var range: ClosedRange<Int>?
  public var source: Source
  /// How the range was reached, in words: `programStart 2025-09-08 and today 2025-11-12`.
  public var detail: String

  public init(range: ClosedRange<Int>?, source: Source, detail: String) {
    self.range = range
    self.source = source
    self.detail = detail
  }

  /// The expected weeks for a site given the weeks it has (`present`, any language).
  ///
  /// `lowest` is week 1, or 0 when the site has a week 0. Weeks past `highestFilledWeek` are
  /// never expected because of a page: a page claiming week 2025 does not make two thousand
  /// weeks missing.
  static func resolve(
    _ selection: WeekSelection, present: Set<Int>, programStart: CalendarDate?, termWeeks: Int?,
    today: CalendarDate?, highestFilledWeek: Int
  ) -> ExpectedWeeks {
    let first = present.contains(0) ? 0 : 1
    switch selection {
    case .one(let n):
      return ExpectedWeeks(range: n...n, source: .option, detail: "--week \(n)")
    case .range(let r):
      return ExpectedWeeks(range: r, source: .option, detail: "--weeks \(r.lowerBound)-\(r.upperBound)")
    case .all:
      break
    }
    if let programStart, let today {
      // A week is due once its Friday is over: week k's Friday is day 7(k-1)+4 of the program.
      let day = programStart.days(to: today)
      var last = day >= 5 ? (day - 5) / 7 + 1 : 0
      if let termWeeks { last = min(last, termWeeks) }
      let term = termWeeks.map { ", termWeeks \($0)" } ?? ""
      return ExpectedWeeks(
        range: last >= first ? first...last : nil, source: .programStart,
        detail: "programStart \(programStart)\(term) and today \(today)")
    }
    if let termWeeks {
      return ExpectedWeeks(
        range: termWeeks >= first ? first...termWeeks : nil, source: .termWeeks, detail: "termWeeks \(termWeeks)")
    }
    let highest = present.filter { $0 <= highestFilledWeek }.max()
    return ExpectedWeeks(
      range: highest.flatMap { $0 >= first ? first...$0 : nil }, source: .site,
      detail: highest.map { "the site's highest week, \($0)" } ?? "the site has no week page")
  }

  /// The weeks to show: the expected ones and every week with a page, ascending.
  func weeks(present: Set<Int>) -> [Int] {
    var weeks = present
    if let range { weeks.formUnion(range) }
    return weeks.sorted()
  }

  /// `weeks 1-12 (from programStart 2025-09-08 and today 2025-12-01)`.
  public var sentence: String {
    let weeks = range.map { $0.count == 1 ? "week \($0.lowerBound)" : "weeks \($0.lowerBound)-\($0.upperBound)" }
    return "\(weeks ?? "no weeks") expected (from \(detail))"
  }
}
