/// Last week's problems, for one line of `worklog status`.
public struct PreviousWeek: Sendable, Equatable {
  public var week: Int
  /// Each problem as a lower-case fragment (`no Vietnamese page`, `2 days missing (thu, fri)`).
  public var problems: [String]
}
