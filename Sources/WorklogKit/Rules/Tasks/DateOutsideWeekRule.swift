/// WL306: a task starts far from the week the page is about.
///
/// With `programStart` configured, week N's tasks are expected to start from three days before
/// its Monday to nine days after it. Without it, a start more than ten days from the median of
/// the table's start dates stands out, provided the other starts lie within a week of each
/// other: a table whose dates spread evenly over a month covers a month on purpose.
///
/// Completion dates are judged only in rows with no start date: a task that starts in its week
/// and ends weeks later ran long, and one that ends before it starts is task-dates-in-order's.
/// Rows with no task (task-empty) and rows whose Day label names a week (`Week 3-4`) do not count.
struct DateOutsideWeekRule: LintRule {
  /// Days a start may lie from the table's median start when no program start is configured.
  static let medianSlack = 10

  let description = RuleDescription(
    code: "WL306", name: "date-outside-week", severity: .warning,
    summary: "A task starts far outside the week the page is about.",
    rationale: """
      A date weeks away from the others is nearly always a typo: the wrong month or year (often \
      copied from the previous week's page), or a day and month swapped. With `programStart` \
      set in .worklog.json, week N's tasks must start within days of programStart + 7·(N−1); \
      otherwise a start more than ten days from the median of the table's starts is reported. \
      Long tasks that start in the week and end later are not.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 |\n| 3 | Study VPC | 16/09/2025 | 16/09/2025 |\n"
          + "| 4 | Study EC2 | ↓17/08/2025 | 17/09/2025 |\n| 5 | Study S3 | 18/09/2025 | 18/09/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 |\n| 3 | Study VPC | 16/09/2025 | 16/09/2025 |\n"
          + "| 4 | Study EC2 | ↓17/09/2024 | 17/09/2024 |\n| 5 | Study S3 |  | ↓18/10/2025 |\n"),
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 |\n| 3 | Study VPC | 16/09/2025 | 16/09/2025 |\n"
          + "| 6 | Start the project | 19/09/2025 | 10/10/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 1 | Design | 03/07/2026 | 08/07/2026 |\n| 2 | Build | 09/07/2026 | 15/07/2026 |\n"
          + "| 3 | Test | 16/07/2026 | 21/07/2026 |\n| 4 | Deploy | 22/07/2026 | 26/07/2026 |\n| 5 | Report | 27/07/2026 | 30/07/2026 |\n"
      ),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    // One date per row: the start, or the completion when the row has no start. Kept by row,
    // so no cell is copied out of its row unless it is reported.
    var judged: [(row: Int, isStart: Bool, date: CalendarDate)] = []
    // Rows read where they are (`TableRowIndices`), not copied.
    let rows = table.rows
    for i in table.rowIndicesInPlace {
      if let text = rows[i].task?.value.text, TaskText.isPlaceholder(text) { continue }
      // `Week 3-4 | Final report`: a row about other weeks on purpose.
      if let day = rows[i].day?.value, TaskText.mayNameAWeek(day),
        day.foldedForMatching.contains("week") || day.foldedForMatching.contains("tuần")
      {
        continue
      }
      if let date = rows[i].start?.date {
        judged.append((i, true, date))
      } else if let date = rows[i].end?.date {
        judged.append((i, false, date))
      }
    }
    let window: ClosedRange<CalendarDate>
    // What the dates should have been, written only for a page with a date outside the window.
    let expected: () -> String
    // A week number read only from `weight` may be the template's `weight: 1`: not a week to hold dates to.
    if let start = context.configuration.programStartDate, let week = page.trustedWeek, week >= 1 {
      let monday = start.adding(days: 7 * (week - 1))
      window = monday.adding(days: -3)...monday.adding(days: 9)
      expected = { "outside week \(week) (\(monday) to \(monday.adding(days: 6)))" }
    } else {
      let starts = judged.filter(\.isStart).map(\.date).sorted()
      guard starts.count >= 3 else { return [] }
      let median = starts[starts.count / 2]
      window =
        median.adding(days: -DateOutsideWeekRule.medianSlack)...median.adding(days: DateOutsideWeekRule.medianSlack)
      let inside = starts.filter { window.contains($0) }
      // Outliers only stand out against a week of dates, and only as a minority.
      guard let lo = inside.first, let hi = inside.last, lo.days(to: hi) <= 7, inside.count * 2 > starts.count else {
        return []
      }
      expected = { "far from the table's other dates (\(lo) to \(hi))" }
    }
    let outside = judged.filter { !window.contains($0.date) }
    guard !outside.isEmpty else { return [] }
    let said = expected()
    return outside.compactMap { row, isStart, _ in
      guard let cell = isStart ? rows[row].start : rows[row].end else { return nil }
      return finding(
        page.source, cell.raw.range, "\(isStart ? "start" : "completion") \(cell.raw.value) is \(said)",
        fix: "Check the day, the month and the year of the date.")
    }
  }
}
