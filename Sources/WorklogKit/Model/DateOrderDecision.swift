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
