import Testing
import WorklogTestSupport

@testable import WorklogKit

/// A site's totals, worked out in one pass over its weeks, are what filtering and reducing the
/// weeks gave.
@Suite struct TermTotalsTests {
  typealias F = SummaryFixtures

  /// The totals as they were first written: filters and reductions over copies of the weeks.
  static func filtered(_ weeks: [WeekSummary]) -> String {
    let present = weeks.filter(\.isPresent)
    let last = present.max { $0.week < $1.week }
    let parts: [String] = [
      "\(present.count)", "\(weeks.filter { !$0.isPresent }.map(\.week).sorted())",
      "\(present.filter { $0.status != .unreadable && $0.start == nil }.map(\.week).sorted())",
      "\(weeks.reduce(0) { $0 + $1.taskCount })", "\(Set(weeks.flatMap(\.dates)).count)",
      "\(weeks.reduce(FindingCounts()) { $0 + $1.findings })",
      "\(weeks.reduce(into: [WeekState: Int]()) { $0[$1.state, default: 0] += 1 }.sorted { $0.key < $1.key })",
      "\(last?.week as Int?)", "\(last?.start as CalendarDate?)", "\(last?.end as CalendarDate?)",
    ]
    return parts.joined(separator: " | ")
  }

  static func described(_ t: TermTotals) -> String {
    let parts: [String] = [
      "\(t.weeksPresent)", "\(t.weeksMissing)", "\(t.weeksWithoutDates)", "\(t.tasks)", "\(t.days)", "\(t.findings)",
      "\(t.states.sorted { $0.key < $1.key })", "\(t.lastWeek)", "\(t.lastWeekStart)", "\(t.lastWeekEnd)",
    ]
    return parts.joined(separator: " | ")
  }

  @Test(arguments: [1, 2, 3, 4])
  func onePassGivesWhatTheFiltersGave(_ seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    var files: [String: String] = [:]
    var unreadable: [String] = []
    for n in 1...8 where Int.random(in: 0..<4, using: &random) > 0 {
      let path = F.path("s", n, Bool.random(using: &random) ? "en" : "vi")
      switch Int.random(in: 0..<5, using: &random) {
      case 0: unreadable.append(path)
      case 1: files[path] = F.page(week: n, rows: nil)
      case 2: files[path] = F.page(week: n, rows: [F.row("2", "Task \(n)", "", "")])
      // Two pages claiming one week: the first of them counts as the last week's.
      case 3: files[path] = F.plainWeek(Int.random(in: 1...3, using: &random), monday: F.monday)
      default: files[path] = F.plainWeek(n, monday: F.monday.adding(days: 7 * (n - 1)))
      }
    }
    guard !files.isEmpty else { return }
    let terms = F.terms(files, unreadable: unreadable, options: SummaryOptions(language: .all))
    for term in terms {
      var weeks = term.weeks
      // A duplicate of the highest week, later in the list, with other dates.
      if var copy = weeks.last(where: \.isPresent) {
        copy.start = F.monday.adding(days: 300)
        weeks.append(copy)
      }
      #expect(Self.described(TermTotals(weeks)) == Self.filtered(weeks))
      #expect(Self.described(term.totals) == Self.filtered(term.weeks))
    }
  }
}
