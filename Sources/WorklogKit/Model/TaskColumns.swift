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
