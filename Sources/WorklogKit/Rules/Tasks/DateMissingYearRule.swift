/// WL313: a date has no year, and nothing in the table or the front matter gives one.
struct DateMissingYearRule: LintRule {
  let description = RuleDescription(
    code: "WL313", name: "date-missing-year", severity: .note,
    summary: "A date is written without a year (`28/04`) and the page gives none to take.",
    rationale: """
      A day and a month are enough for a reader who knows the week, but not for summaries across \
      the term. worklog takes the year from the table's other dates or the front matter `date`; \
      only when neither has one is the date reported.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Read the OCR source | ↓28/04 | ↓28/04 |\n"),
      RuleExample(
        files: [
          (
            "site/content/1-Worklog/1.2-Week2/_index.md",
            "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n| 2 | Set up the repo | 2026-01-05 | 2026-01-05 |\n"
          ),
          (
            "site/content/1-Worklog/1.3-Week3/_index.md",
            "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n| 2 | Read the OCR source | ↓13/01 | ↓13/01 |\n| 5 | Run it | ↓16/01 | ↓16/01 |\n"
          ),
        ],
        fixed: [
          (
            "site/content/1-Worklog/1.3-Week3/_index.md",
            "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n| 2 | Read the OCR source | 13/01/2026 | 13/01/2026 |\n| 5 | Run it | 16/01/2026 | 16/01/2026 |\n"
          )
        ]),
    ],
    nonTriggering: [
      RuleExample(
        "---\ndate: 2026-04-27\n---\n\n| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Read the OCR source | 28/04 | 28/04 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Read the OCR source | 28/04 | 28/04 |\n| 3 | Run it | 29/04/2026 | 29/04/2026 |\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    var out: [Diagnostic] = []
    // Rows read where they are (`TableRowIndices`), not copied.
    let rows = table.rows
    for i in table.rowIndicesInPlace {
      for (name, cell) in rows[i].dateCells where cell.problem == .missingYear {
        out.append(
          finding(
            page.source, cell.raw.range, "\(name) \(cell.raw.value) has no year",
            fix:
              "Write the year, as \(TaskText.pattern(table.dateOrder?.order)), or give the page a front matter date.",
            autofix: yearFix(page, cell, table.dateOrder?.order, context)))
      }
    }
    return out
  }
}
