/// One task written into a page's pipe task table, as edits on the page's original bytes: the
/// day's row filled (its Task cell empty), joined (`<br>` and the cell's own list marker), or a
/// new row inserted by date in the table's own style.
///
/// `plan` only reads; `TaskAdder` applies the edits, reads the page again and checks it.
package struct TaskTableEdit: Sendable {
  package enum Kind: String, Sendable, Equatable {
    /// The day's row had an empty Task cell.
    case filled
    /// The day's row had text: the task joins it as one more item.
    case joined
    /// A new row, placed by date.
    case inserted
  }

  package var path: String
  package var kind: Kind
  package var edits: [TextEdit]
  /// The row's index among the table's rows after the edit.
  package var row: Int
  /// The row's line after the edit.
  package var line: Int
  /// The task cell as the parser must read it after the edit (plain text).
  package var expectedText: String
  /// The dates the row must read back with.
  package var date: CalendarDate
  /// The URL the row's references must hold, when one was given.
  package var expectedURL: String?
  /// Whether the row's empty date cells were filled (a day row that had no dates).
  package var datesWritten: Bool = false

  /// The edit that logs `addition` on `page`; `siteTables` (the site's other tables, nearest
  /// week first) are asked for a date style when the page's table has no date to copy.
  package static func plan(_ addition: TaskAddition, on page: Worklog, siteTables: [(TaskTable, SourceFile)] = [])
    throws(TrackerError) -> TaskTableEdit
  {
    let source = page.source
    guard let table = page.tasks else {
      throw TrackerError("\(page.path): the page has no task table to add to; nothing changed")
    }
    switch table.kind {
    case .pipe: break
    case .html: throw TrackerError("\(page.path): the task table is an HTML <table>; add the task by hand")
    case .dayHeadings:
      throw TrackerError("\(page.path): the tasks are written as day headings, not a table; add the task by hand")
    case .list: throw TrackerError("\(page.path): the tasks are written as a list, not a table; add the task by hand")
    }
    guard let taskColumn = table.columns.task else {
      throw TrackerError("\(page.path): the task table has no Task column; nothing changed")
    }
    guard let layout = PipeTableLayout(table, source) else {
      throw TrackerError("\(page.path): the task table could not be read as a pipe table; nothing changed")
    }
    let planner = TaskRowPlanner(
      page: page, table: table, layout: layout, taskColumn: taskColumn, addition: addition,
      dates: TableDateStyle.learn([(table, source)] + siteTables))
    return try planner.plan()
  }
}
