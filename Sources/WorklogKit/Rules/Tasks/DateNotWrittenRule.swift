/// WL312: a start or completion cell holds words instead of a date.
struct DateNotWrittenRule: LintRule {
  let description = RuleDescription(
    code: "WL312", name: "date-not-written", severity: .note,
    summary: "A start or completion cell holds text (`Ongoing`, `Done`) instead of a date.",
    rationale: """
      `Ongoing` or `Done` in a date column says something true, but no summary can place the \
      task in time or count its days. Write the date, and say how the task stands in the task \
      cell. Empty cells and placeholders (`-`, `N/A`) are not reported.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 6 | Write the report | 28/11/2025 | ↓Ongoing |\n")
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 6 | Write the report | 28/11/2025 |  |\n| 7 | Rest | - | N/A |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 6 | Write the report | Nov 28, 2025 | 28/11/2025 12:00 |\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    var out: [Diagnostic] = []
    // Rows read where they are (`TableRowIndices`), not copied.
    let rows = table.rows
    for i in table.rowIndicesOfHeaderWidth {
      for (name, cell) in rows[i].dateCells where cell.problem == .notADate && !TaskText.isPlaceholder(cell.raw.value) {
        out.append(
          finding(
            page.source, cell.raw.range, "\(name) '\(Quote.cut(cell.raw.value))' is not a date",
            fix:
              "Write the \(name) date as \(TaskText.pattern(table.dateOrder?.order)), and say how the task stands in the task cell."
          ))
      }
    }
    return out
  }
}
