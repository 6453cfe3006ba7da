/// A rule's level as configuration sets it.
public enum RuleLevel: String, Sendable, Codable {
  case off, note, warning, error

  /// The severity, or nil for `off`.
  public var severity: Severity? { self == .off ? nil : Severity(rawValue: rawValue) }
}
