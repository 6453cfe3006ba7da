extension Worklog {
  /// Whether the page is a week not filled in yet, as `worklog new` writes it: objectives and
  /// achievements headings with no item of any text under them, and a task table with rows,
  /// none with a task written (only Day labels and dates). Such a page is one state, "not filled in yet", not a page of
  /// forgotten rows: the summary says so and does not count its dates as days logged, and the
  /// task-empty rule leaves its rows alone.
  package var isNotFilledIn: Bool {
    guard isWeekPage, let table = tasks, table.isTable, !table.rows.isEmpty, table.columns.task != nil else {
      return false
    }
    // The shape `new` writes: both headings there, nothing under them yet.
    guard section(.objectives) != nil, section(.achievements) != nil else { return false }
    let noTask = table.rows.allSatisfy { row in (row.task?.value.text ?? "").trimmingSpaces.isEmpty }
    let noItem = (objectives + achievements).allSatisfy { $0.text.trimmingSpaces.isEmpty && $0.children.isEmpty }
    return noTask && noItem
  }
}
