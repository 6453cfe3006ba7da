/// WL302: a task table row has more or fewer cells than the header.
struct RowCellCountRule: LintRule {
  let description = RuleDescription(
    code: "WL302", name: "row-cell-count", severity: .warning,
    summary: "A task table row has more or fewer cells than the header.",
    rationale: """
      A `|` inside a cell ends the cell: every later cell of the row moves one column to the \
      right, so the start date shows under Completion Date and the reference spills past the \
      table's edge. A row with a cell too few (the template's own first row lacks its reference \
      cell) leaves the last column empty. worklog puts the cells back where it can, but Hugo \
      renders the row as written.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "↓| 5 | Compare ALB | NLB | 20/11/2025 | 20/11/2025 | - |\n",
        fixed: "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 5 | Compare ALB \\| NLB | 20/11/2025 | 20/11/2025 | - |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "↓| 2 | Get acquainted with FCJ members | 08/09/2025 | 08/09/2025 |\n",
        fixed: "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 2 | Get acquainted with FCJ members | 08/09/2025 | 08/09/2025 |  |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\r\n| --- | --- | --- | --- | --- |\r\n"
          + "↓| 2 | Read about IAM | 08/09/2025 \r\n",
        fixed:
          "| Day | Task | Start Date | Completion Date | Reference Material |\r\n| --- | --- | --- | --- | --- |\r\n"
          + "| 2 | Read about IAM | 08/09/2025 |  |  | \r\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "↓| 2 | Lab 10 | 22/09/2025 | 22/09/2025 | [Lab 10](https://youtu.be/x) | (https://000010.awsstudygroup.com/) |\n"
      ),
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 5 | Compare ALB \\| NLB | 20/11/2025 | 20/11/2025 | - |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 2 | Read about IAM |  |  |  |\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    return table.raggedRows.compactMap { ragged in
      guard let row = table.rows[safe: ragged.row] else { return nil }
      let counts = "row has \(ragged.cells) cells, the header \(ragged.expected)"
      let at = row.range
      if ragged.cells > ragged.expected {
        if table.kind == .html {
          return finding(page.source, at, counts, fix: "Remove the extra <td> cell, or add a column to the header.")
        }
        if ragged.datedStart {
          return finding(
            page.source, at, counts + ": a cell after the last column?",
            fix: "Move the text into the last column, or remove the extra cell.")
        }
        return finding(
          page.source, at, counts + ": an unescaped | inside a cell?",
          fix: "Write \\| for a pipe inside a cell.",
          autofix: table.kind == .pipe ? escapeFix(page.source, row, table) : nil)
      }
      let fix =
        table.kind == .html
        ? "Add the missing <td></td> cell."
        : "Add the missing cell; an empty cell is written `|  |`."
      return finding(
        page.source, at, counts, fix: fix,
        autofix: table.kind == .pipe ? paddingFix(page.source, row, missing: ragged.expected - ragged.cells) : nil)
    }
  }
}
