import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Which days a page logs: dated rows in the week, Day labels otherwise, placeholders not.
@Suite struct LoggedDaysTests {
  static let monday = CalendarDate(year: 2025, month: 10, day: 13)!
  static var week: ClosedRange<CalendarDate> { monday...monday.adding(days: 6) }

  static func page(_ rows: [String]) -> Worklog {
    let text = """
      ---
      title: "Week 6 Worklog"
      ---
      ### Week 6 Objectives:

      * ...

      ### Week 6 Tasks:

      | Day | Task | Start Date | Completion Date |
      | --- | --- | --- | --- |
      \(rows.joined(separator: "\n"))

      """
    return SummaryFixtures.site(["s/content/1-Worklog/1.6-Week6/_index.md": text]).weeks[0]
  }

  @Test func aTaskSpanningDaysLogsEachDayInTheWeek() {
    let page = Self.page(["| Mon | Built the network stack | 2025-10-16 | 2025-10-21 |"])
    #expect(LoggedDays.weekdays(page, in: Self.week) == [4, 5, 6, 7])
  }

  @Test func datesOutsideTheWeekFallBackToTheDayLabel() {
    let page = Self.page(["| Tue | Copied from last week | 2025-10-07 | 2025-10-07 |"])
    #expect(LoggedDays.weekdays(page, in: Self.week) == [2])
    #expect(LoggedDays.weekdays(page, in: nil) == [2])
  }

  @Test func emptyAndPlaceholderTasksLogNothingAndPlaceholdersAreCounted() {
    let page = Self.page([
      "| Mon |  | 2025-10-13 | 2025-10-13 |", "| Tue | ... | 2025-10-14 | 2025-10-14 |",
      "| Wed | Task 3 | 2025-10-15 | 2025-10-15 |",
    ])
    #expect(LoggedDays.weekdays(page, in: Self.week) == [])
    // `...` and `Task 3` in the table, `...` in the objectives.
    #expect(LoggedDays.placeholders(page) == 3)
  }
}
