/// The table of a page's tasks, its rows and what was inferred about them.
public struct TaskTable: Sendable {
  /// How the page writes its tasks.
  public enum Kind: String, Sendable {
    /// A Markdown pipe table.
    case pipe
    /// An HTML `<table>`.
    case html
    /// A heading per day (`### Day 2: …`, `#### Monday — …`) with the day's work below it.
    case dayHeadings
    /// A bullet list under the tasks heading, one task per top-level item.
    case list
  }

  public var kind: Kind
  /// The header cells, markup removed.
  public var header: [Located<String>]
  public var columns: TaskColumns
  public var rows: [TaskEntry]
  /// Rows whose cell count differs from the header's: the row's index, cells written, cells
  /// expected, and whether the start column as written holds a date (extra cells then trail the row).
  public var raggedRows: [(row: Int, cells: Int, expected: Int, datedStart: Bool)]
  /// Nil when no cell needs an order (all ISO, or no dates).
  public var dateOrder: DateOrderDecision?
  /// Nil when no Day label is a bare number, or when the numbers count something other than
  /// weekdays (rows, internship days); their rows then have no weekday.
  public var dayNumbering: DayNumbering?
  public var lines: ClosedRange<Int>
  /// How the columns' roles were read from the header and the cells; nil for tasks not written
  /// as a table.
  public var columnsDecision: Decision<TaskColumns>? = nil
  /// The dates as the page read them, for the site's re-reading; nil once it is done.
  var keptDates: KeptTableDates? = nil

  /// Whether the tasks are written as a table (pipe or HTML) rather than headings or a list.
  public var isTable: Bool { kind == .pipe || kind == .html }
}
