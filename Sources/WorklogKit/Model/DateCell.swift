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
