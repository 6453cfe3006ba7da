/// One row of the task table.
public struct TaskEntry: Sendable {
  /// The row's whole range (its line for a pipe table).
  public var range: SourceRange
  /// The cells as written, in order.
  public var cells: [Located<String>]
  /// Each cell read as inline text (markup removed, links kept), in the order of `cells`.
  public var readCells: [InlineText] = []
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
