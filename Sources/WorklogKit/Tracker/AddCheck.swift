/// The read-back check of `worklog add`: the page read again after the edit must say what it
/// said before, plus the one task, with its date and text.
enum AddCheck {
  /// Why `new` (the page after `edit`) does not read as `old` with the task added, or nil.
  static func difference(_ old: Worklog, _ new: Worklog, _ edit: TaskTableEdit) -> String? {
    var before = PageReading(old)
    let after = PageReading(new)
    var expected = before.tasks
    let rows = new.tasks?.rows ?? []
    switch edit.kind {
    case .inserted:
      guard edit.row <= expected.count else { return "the new row would not be read" }
      expected.insert(PageReading.Task(text: edit.expectedText, start: nil, end: nil), at: edit.row)
    case .filled, .joined:
      guard edit.row < expected.count else { return "the day's row would not be read" }
      expected[edit.row].text = edit.expectedText
    }
    guard after.tasks.count == expected.count, let row = rows[safe: edit.row] else {
      return "the tasks would go from \(before.tasks.count) to \(after.tasks.count), not \(expected.count)"
    }
    if edit.kind == .inserted || edit.datesWritten {
      expected[edit.row].start = after.tasks[edit.row].start
      expected[edit.row].end = after.tasks[edit.row].end
    }
    guard row.task?.value.text == edit.expectedText else { return "the task would read back as other text" }
    let columns = new.tasks?.columns
    if columns?.start == nil && columns?.end == nil {
      // A table without date columns (`Day | Task | Status`): the day's name, when written, says it.
      if let weekday = row.weekday, weekday != edit.date.weekday {
        return "the task would read back on another weekday than \(edit.date)'s"
      }
    } else if (row.startDate ?? row.endDate) != edit.date {
      let read = (row.startDate ?? row.endDate).map(\.description) ?? "no date"
      return "the task would read back dated \(read), not \(edit.date)"
    }
    if let url = edit.expectedURL, !row.references.contains(where: { $0.url == url }) {
      return "the reference would not read back as a link to \(url)"
    }
    before.tasks = expected
    return before.difference(to: after, datesMayChange: false)
  }
}
