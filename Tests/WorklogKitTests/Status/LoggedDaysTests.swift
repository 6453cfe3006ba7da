import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Which days a page logs: dated rows in the week, Day labels otherwise, placeholders not.
@Suite struct LoggedDaysTests {
  static let monday = CalendarDate(year: 2025, month: 10, day: 13)!
  static var week: ClosedRange<CalendarDate> { monday...monday.adding(days: 6) }

  /// Week 6 with the task `rows`, and `notes` as lines of a section of their own.
  static func page(_ rows: [String], notes: [String] = []) -> Worklog {
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

      ### Notes

      \(notes.joined(separator: "\n"))

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

  /// Task cells: placeholders, dashes and dots, blanks, and the intern's own words.
  static let cells = [
    "", " ", "...", "…", "-", "--", "—", "_", ". . .", "Task 1", "Task 12", "Công việc 2", "TBD", "tbd.", "Updating",
    "đang cập nhật", "Describe your tasks for this week here", "Mô tả công việc của bạn vào đây",
    "Read the IAM guide", "Tìm hiểu EC2", "List S3 buckets", "Write a Lambda function", "1", "x",
    " Task 1 ", "\u{00A0}Task 1", "Task\u{00A0}1", "...done", "- Set up the VPC",
  ]

  @Test func aTaskCellReadOnceAnswersAsTheTwoReadingsDid() {
    for text in Self.cells + [nil] {
      let cell = LoggedDays.TaskCell(text)
      // The readings `isWritten` and the placeholder count made each on its own before.
      let trimmed = text?.trimmingSpaces ?? ""
      let placeholder = !trimmed.isEmpty && TemplatePlaceholderRule.placeholder(trimmed) != nil
      let written =
        !trimmed.isEmpty && !trimmed.allSatisfy({ "-–—_.…".contains($0) })
        && TemplatePlaceholderRule.placeholder(trimmed) == nil
      #expect(cell.isPlaceholder == placeholder, "\(text ?? "nil")")
      #expect(cell.isWritten == written, "\(text ?? "nil")")
    }
  }

  @Test func aPageCountsItsPlaceholdersAsItsLinesReadAsTextWould() {
    var random = SeededGenerator(seed: 11)
    let lines = [
      "- Task 1", "* ...", "Describe your goals for this week here.", "- **Write** the goals for Week 6 here",
      "Read the VPC guide and built two subnets with a NAT gateway", "- [Describe](x) your achievements here",
      "<!-- a comment -->", "Mô tả mục tiêu của bạn cho tuần này tại đây", "- TBD", "1. Objective 2", "",
      "Some prose of the intern's own, long enough to pass the screen", "> quoted TBD",
    ]
    for _ in 0..<40 {
      let picked = (0..<Int.random(in: 1...8, using: &random)).map { _ in
        lines[Int.random(in: 0..<lines.count, using: &random)]
      }
      let rows = (0..<Int.random(in: 0...3, using: &random)).map { i in
        "| Mon | \(Self.cells[Int.random(in: 0..<Self.cells.count, using: &random)]) | 2025-10-1\(3 + i) | |"
      }
      let page = Self.page(rows, notes: picked)
      // Every template line read as inline text and asked as a `String`, as before.
      let notices = page.templateText.notices.filter { TemplatePlaceholderRule.asksNotToCopy($0.text) }.count
      let lines = page.templateText.lines.filter { line in
        TemplatePlaceholderRule.placeholder(InlineTextReader.read(line.raw(in: page.source)).text) != nil
      }.count
      let cells = (page.tasks?.rows ?? []).filter { row in
        guard let text = row.task?.value.text.trimmingSpaces, !text.isEmpty else { return false }
        return TemplatePlaceholderRule.placeholder(text) != nil
      }.count
      let old = notices + lines + cells
      #expect(LoggedDays.placeholders(page) == old, "\(picked) \(rows)")
      let taskCells = LoggedDays.TaskCells(page)
      let written = (page.tasks?.rows ?? []).indices.filter {
        LoggedDays.isWritten(page.tasks?.rows[$0].task?.value.text)
      }
      #expect(taskCells.written == written)
    }
  }
}
