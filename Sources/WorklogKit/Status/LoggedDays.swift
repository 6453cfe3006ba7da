/// The days a week page logs: rows with a written task whose dates fall in the week, or whose
/// Day label names the day.
enum LoggedDays {
  /// ISO weekdays of `week` with a written task on `page`, ascending. Without week dates only
  /// the Day labels count.
  static func weekdays(_ page: Worklog, in week: ClosedRange<CalendarDate>?) -> [Int] {
    var days = Set<Int>()
    for row in page.tasks?.rows ?? [] where isWritten(row.task?.value.text) {
      let dated = week.map { datedDays(row, in: $0) } ?? []
      if !dated.isEmpty {
        days.formUnion(dated)
      } else if let first = row.weekday {
        let last = max(first, row.weekdayEnd ?? first)
        days.formUnion(first...min(last, 7))
      }
    }
    return days.sorted()
  }

  /// The weekdays in `week` between the row's start and completion (`TaskDays.covered`).
  static func datedDays(_ row: TaskEntry, in week: ClosedRange<CalendarDate>) -> Set<Int> {
    Set(TaskDays.covered(row).filter { week.contains($0) }.map(\.weekday))
  }

  /// Whether a task cell holds the intern's own words: not empty, not a template placeholder.
  static func isWritten(_ text: String?) -> Bool { TaskCell(text).isWritten }

  /// How many template placeholders the page still has: the notice not to copy the sample,
  /// placeholder items and prompts, and task cells that are one.
  static func placeholders(_ page: Worklog) -> Int {
    placeholders(page, cells: TaskCells(page).placeholders)
  }

  /// `placeholders` with the page's placeholder task cells counted already (`TaskCells`).
  static func placeholders(_ page: Worklog, cells: Int) -> Int {
    let notices = page.templateText.notices.filter { TemplatePlaceholderRule.asksNotToCopy($0.text) }.count
    // A line is read as the placeholder rule reads it (its bytes screened first).
    let source = page.source
    let lines = page.templateText.lines.filter { TemplatePlaceholderRule.placeholder($0, of: source) != nil }.count
    return notices + lines + cells
  }

  /// What one task cell's text holds, read once: the intern's own words, a template
  /// placeholder, or neither (empty, dashes, dots). Dots can be both not written and a
  /// placeholder (`...`).
  struct TaskCell {
    /// Not empty, not only dashes or dots, not a placeholder.
    var isWritten = false
    /// A template placeholder (`Task 1`, `...`, `TBD`).
    var isPlaceholder = false

    init(_ text: String?) {
      guard let text = text?.trimmingSpaces, !text.isEmpty else { return }
      isPlaceholder = TemplatePlaceholderRule.placeholder(text) != nil
      isWritten = !isPlaceholder && !text.allSatisfy({ "-–—_.…".contains($0) })
    }
  }

  /// A page's task rows, each cell read once (`TaskCell`): the rows with the intern's own
  /// words, by index, and how many cells are a placeholder.
  struct TaskCells {
    /// Indices into `page.tasks.rows` of the rows whose task is written.
    var written: [Int] = []
    /// How many task cells are a template placeholder.
    var placeholders = 0

    init(_ page: Worklog) {
      guard let rows = page.tasks?.rows else { return }
      for i in rows.indices {
        let cell = TaskCell(rows[i].task?.value.text)
        if cell.isWritten { written.append(i) }
        if cell.isPlaceholder { placeholders += 1 }
      }
    }
  }
}
