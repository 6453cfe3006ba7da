/// WL306: a date lies far from the week the page is about.
///
/// With `programStart` configured, week N's dates are expected from three days before its Monday
/// to nine days after it (a task may start on the weekend before and end early the next week).
/// Without it, a date more than ten days from the median of the table's dates stands out.
public struct DateOutsideWeekRule: LintRule {
  public init() {}
  /// Days a date may lie from the table's median date when no program start is configured.
  static let medianSlack = 10

  public let description = RuleDescription(
    code: "WL306", name: "date-outside-week", severity: .warning,
    summary: "A task date lies far outside the week the page is about.",
    rationale: """
      A date weeks away from the others is nearly always a typo: the wrong month or year (often \
      copied from the previous week's page), or a day and month swapped. With `programStart` \
      set in .worklog.json, week N must lie within days of programStart + 7·(N−1); otherwise a \
      date more than ten days from the median of the table's dates is reported. A completion \
      before its start is left to task-dates-in-order.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 |\n| 3 | Study VPC | 16/09/2025 | 16/09/2025 |\n"
          + "| 4 | Study EC2 | ↓17/08/2025 | 17/09/2025 |\n| 5 | Study S3 | 18/09/2025 | 18/09/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 |\n| 3 | Study VPC | 16/09/2025 | 16/09/2025 |\n"
          + "| 4 | Study EC2 | ↓17/09/2024 | ↓17/09/2024 |\n| 5 | Study S3 | 18/09/2025 | 18/09/2025 |\n"),
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 |\n| 6 | Start the lab | 19/09/2025 | 23/09/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 |\n| 3 | Study VPC | 16/09/2025 | 16/09/2025 |\n"
          + "| 4 | Study EC2 | 17/09/2025 | 10/09/2025 |\n"),
    ])

  public func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    var cells: [(name: String, cell: DateCell, dates: [CalendarDate])] = []
    for row in table.rows {
      let reversed = (row.endDate.map { end in row.startDate.map { end < $0 } ?? false }) ?? false
      for (name, cell) in row.dateCells {
        // A completion before its start is task-dates-in-order's finding.
        if reversed && name == "completion" { continue }
        let dates = [cell.date, cell.rangeEnd].compactMap { $0 }
        if !dates.isEmpty { cells.append((name, cell, dates)) }
      }
    }
    let window: ClosedRange<CalendarDate>
    let expected: String
    if let start = context.configuration.programStartDate, let week = page.week.number, week >= 1 {
      let monday = start.adding(days: 7 * (week - 1))
      window = monday.adding(days: -3)...monday.adding(days: 9)
      expected = "outside week \(week) (\(monday) to \(monday.adding(days: 6)))"
    } else {
      let all = cells.flatMap(\.dates).sorted()
      guard all.count >= 3 else { return [] }
      let median = all[all.count / 2]
      window = median.adding(days: -DateOutsideWeekRule.medianSlack)...median.adding(days: DateOutsideWeekRule.medianSlack)
      expected = "far from the table's other dates (around \(median))"
    }
    return cells.compactMap { name, cell, dates in
      guard dates.contains(where: { !window.contains($0) }) else { return nil }
      return finding(page.source, cell.raw.range, "\(name) \(cell.raw.value) is \(expected)",
        fix: "Check the day, the month and the year of the date.")
    }
  }
}
