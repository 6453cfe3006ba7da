/// WL304: a task row says nothing in its task cell.
struct TaskEmptyRule: LintRule {
  let description = RuleDescription(
    code: "WL304", name: "task-empty", severity: .warning,
    summary: "A task row's task cell is empty or a placeholder (`-`, `...`).",
    rationale: """
      A row with dates but no task records a day of work without saying what the work was. It is \
      usually a template row that was never filled in, or a task written into the wrong column. \
      A row that holds nothing but its Day label is taken for a day off and not reported, and a \
      page not filled in yet (objectives and achievements headings with nothing under them and no \
      task in any row, as `worklog new` writes it) is one state, not rows forgotten: `summary` shows it as such.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Build a VPC | 15/09/2025 | 15/09/2025 |\n| 3 | ↓... | 16/09/2025 | 16/09/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | ↓| 15/09/2025 | 15/09/2025 |\n"),
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | - Build a VPC<br>- Add subnets | 15/09/2025 | 15/09/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Build a VPC | 15/09/2025 | 15/09/2025 |\n| CN |  |  | - |\n"),
      RuleExample(
        "### Week 3 Objectives:\n\n-\n\n### Tasks:\n\n| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 |  | 15/09/2025 | 15/09/2025 |\n| 3 |  | 16/09/2025 | 16/09/2025 |\n\n### Week 3 Achievements:\n\n-\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    // A page not filled in yet (as `worklog new` writes it) is one state, not rows forgotten.
    guard page.isWeekPage, let table = page.tasks, let taskColumn = table.columns.task else { return [] }
    // Rows read where they are (`TableRowIndices`), not copied; most tables have no empty task,
    // and then the page's shape need not be asked about.
    let rows = table.rows
    let empty = table.rowIndicesInPlace.filter { i in
      guard let text = rows[i].task?.value.text else { return false }
      return TaskText.isPlaceholder(text)
    }
    guard !empty.isEmpty, !page.isNotFilledIn else { return [] }
    return empty.compactMap { i in
      let row = rows[i]
      guard let task = row.task else { return nil }
      // Nothing but a Day label: a day off, not a task left blank.
      let others = row.cells.indices.filter { $0 != taskColumn && $0 != table.columns.day }
      guard others.contains(where: { !TaskText.isPlaceholder(row.readCells[safe: $0]?.text ?? "") }) else { return nil }
      let written = (row.cells[safe: taskColumn]?.value ?? "").trimmingSpaces
      let message = written.isEmpty ? "the task cell is empty" : "the task cell holds only '\(Quote.cut(written))'"
      return finding(page.source, task.range, message, fix: "Write what you did, or remove the row.")
    }
  }
}
