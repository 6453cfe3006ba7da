/// WL303: a task's completion date is before its start date.
struct TaskDatesInOrderRule: LintRule {
  let description = RuleDescription(
    code: "WL303", name: "task-dates-in-order", severity: .error,
    summary: "A task's completion date is before its start date.",
    rationale: """
      A task cannot be completed before it starts: one of the two dates is a typo (a day or a \
      month off, or the two cells swapped). Summaries that add up time spent would count a \
      negative duration. A range written in one cell (`20/10 - 22/10/2025`) counts with its \
      last day as the completion.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 3 | Study ECR | 21/10/2025 | ↓20/10/2025 | - |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Build the VPC lab | ↓22/09/2025 - 20/09/2025 |  |\n"),
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 - 3 | Build the VPC lab | 20/10/2025 - 22/10/2025 | 22/10/2025 |\n| 4 | Review | 23/10/2025 | 23/10/2025 |\n"
      ),
      RuleExample(
        "---\ndate: 2025-12-29\n---\n\n| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Year-end review | 29/12 | 02/01 |\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    var out: [Diagnostic] = []
    // Rows read where they are (`TableRowIndices`), not copied.
    let rows = table.rows
    for i in table.rowIndicesInPlace {
      guard let startCell = rows[i].start, let start = startCell.date, let end = rows[i].endDate, end < start else {
        continue
      }
      let endCell = rows[i].end.flatMap { $0.date == nil ? nil : $0 }
      // `29/12` → `02/01` with no year written anywhere in either cell: the year turned.
      if !startCell.hasWrittenYear && !(endCell?.hasWrittenYear ?? false) && start.days(to: end) < -180 { continue }
      let fix = "Correct the date that is wrong; the completion date is the last day of the task."
      if let endCell {
        out.append(
          finding(
            page.source, endCell.raw.range,
            "completion \(endCell.raw.value) is before start \(startCell.raw.value)", fix: fix))
      } else {
        out.append(
          finding(
            page.source, startCell.raw.range,
            "the range \(startCell.raw.value) ends before it starts", fix: "Write the earlier day first in the range."))
      }
    }
    return out
  }
}
