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
  static func isWritten(_ text: String?) -> Bool {
    guard let text = text?.trimmingSpaces, !text.isEmpty else { return false }
    if text.allSatisfy({ "-–—_.…".contains($0) }) { return false }
    return TemplatePlaceholderRule.placeholder(text) == nil
  }

  /// How many template placeholders the page still has: the notice not to copy the sample,
  /// placeholder items and prompts, and task cells that are one.
  static func placeholders(_ page: Worklog) -> Int {
    let notices = page.templateText.notices.filter { TemplatePlaceholderRule.asksNotToCopy($0.text) }.count
    let lines = page.templateText.lines.filter {
      TemplatePlaceholderRule.placeholder(InlineTextReader.read($0.raw).text) != nil
    }.count
    let cells = (page.tasks?.rows ?? []).filter { row in
      guard let text = row.task?.value.text.trimmingSpaces, !text.isEmpty else { return false }
      return TemplatePlaceholderRule.placeholder(text) != nil
    }.count
    return notices + lines + cells
  }
}
