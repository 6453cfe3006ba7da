/// Day-first (`DD/MM/YYYY`) or month-first (`MM/DD/YYYY`) reading of numeric dates.
public enum DateOrder: String, Sendable, Codable {
  case dayFirst, monthFirst
}

/// The kind of the heaviest evidence for a table's date order (all of it is in `weighed`).
public enum DateOrderEvidence: String, Sendable, Codable {
  /// A date field above 12 (`28/10/2025` can only be day-first).
  case fieldAbove12
  /// The weekday named in the Day column matches only one reading.
  case weekday
  /// Only one reading keeps the table's dates within days of each other.
  case span
  /// The site's other pages: the twin in the other language dates the same rows, or the
  /// neighbouring weeks' dates come before and after only one reading.
  case twin
  /// Only one reading lies near the front matter `date`.
  case frontMatterDate
  /// Nothing spoke for the order; day-first, the common order, was assumed.
  case assumed
}

/// The date order chosen for one table and why.
public struct DateOrderDecision: Sendable, Hashable {
  public var order: DateOrder
  public var evidence: DateOrderEvidence
  /// Cells above 12 that point day-first and month-first, both counted (a mixed table has both).
  public var dayFirstCells: Int
  public var monthFirstCells: Int
  /// Everything that was weighed, with the confidence in the order chosen.
  public var weighed: Decision<DateOrder>
  /// The page around the table, kept so the site can re-read it with more evidence.
  var inputs = DateInputs()
}

/// How integer Day labels count: Vietnamese `Thứ` (2 = Monday) or ordinal (1 = Monday).
public enum DayNumbering: String, Sendable, Codable {
  case vietnamese, ordinal
}

/// A date cell: what was written and, where it is a date, the date.
public struct DateCell: Sendable {
  /// What the cell says, trimmed, markup removed.
  public var raw: Located<String>
  /// The date read from it (the first day of a range), or nil.
  public var date: CalendarDate?
  /// The last day when the cell holds a range (`03-09/08/2026`), else nil.
  public var rangeEnd: CalendarDate?
  /// Why `date` is nil when the cell is not empty.
  public var problem: DateProblem?
  /// The numeric fields before the table's order was applied; kept to re-read with other evidence.
  var reading: DateReading?
}

/// Why a date cell has no date.
public enum DateProblem: Sendable, Hashable {
  /// Looks like a date but is not well formed (`29/10/20255`, `22/092025`).
  case malformed
  /// Well formed but no such day (`31/02/2025`).
  case noSuchDay
  /// Day and month with no year anywhere to take one from.
  case missingYear
  /// Text that is not a date at all (`Ongoing`).
  case notADate
}

/// One row of the task table.
public struct TaskEntry: Sendable {
  /// The row's whole range (its line for a pipe table).
  public var range: SourceRange
  /// The cells as written, in order.
  public var cells: [Located<String>]
  /// The Day column's label as written, markup removed.
  public var day: Located<String>?
  /// ISO weekday the label denotes (1 = Monday … 7 = Sunday), or nil.
  public var weekday: Int?
  /// For a range label (`Sat - Sun`), the weekday it ends on.
  public var weekdayEnd: Int?
  /// The task cell read as plain text, with its sub-items and links.
  public var task: Located<InlineText>?
  public var start: DateCell?
  public var end: DateCell?
  /// References from the reference column (or, without one, the task's own links).
  public var references: [Reference]
  /// The reference cell as written, if the table has one.
  public var referenceCell: Located<String>?
  /// Links written `[text](` with no URL, in any cell.
  public var brokenLinks: [Located<String>]

  public var line: Int { range.start.line }

  /// The day the task started: the start cell's date (the first day of a range).
  public var startDate: CalendarDate? { start?.date }

  /// The day the task was completed: the completion cell's date (the last day of a range), or,
  /// when that cell holds no date, the last day of a range written in the start cell.
  public var endDate: CalendarDate? {
    if let end, end.date != nil { return end.rangeEnd ?? end.date }
    if endsWhenItStarts { return start?.rangeEnd ?? start?.date }
    return start?.rangeEnd
  }

  /// The row has one date that names its day and no completion date to write (a `Date` column
  /// with neither a Day nor a `Completion Date` column, a dated day heading): the task is done
  /// the day it is dated.
  public var endsWhenItStarts = false
}

/// Which column holds what, by index.
public struct TaskColumns: Sendable, Hashable, Codable {
  public var day: Int?
  public var task: Int?
  public var start: Int?
  public var end: Int?
  public var references: Int?
  /// The first column counts rows (`#`, `STT`, `No.`) rather than naming days.
  public var dayIsRowNumber: Bool = false
}

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
  /// Rows whose cell count differs from the header's: the row's index, cells written, cells expected.
  public var raggedRows: [(row: Int, cells: Int, expected: Int)]
  /// Nil when no cell needs an order (all ISO, or no dates).
  public var dateOrder: DateOrderDecision?
  /// Nil when no Day label is a bare number, or when the numbers count something other than
  /// weekdays (rows, internship days); their rows then have no weekday.
  public var dayNumbering: DayNumbering?
  public var lines: ClosedRange<Int>
  /// How the columns' roles were read from the header and the cells; nil for tasks not written
  /// as a table.
  public var columnsDecision: Decision<TaskColumns>? = nil

  /// Whether the tasks are written as a table (pipe or HTML) rather than headings or a list.
  public var isTable: Bool { kind == .pipe || kind == .html }
}
