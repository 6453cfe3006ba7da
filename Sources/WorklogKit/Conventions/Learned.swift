/// Where a convention's value came from.
public enum ConventionOrigin: Sendable, Hashable {
  /// Weighed from the site's week pages: how many pages voted for the value, of how many that
  /// said anything about it.
  case learned(pages: Int, of: Int)
  /// The program's standard template: the site had nothing to learn it from.
  case defaulted
  /// Set by the `conventions` of a `.worklog.json`.
  case configured

  /// `learned from 11 of 12 pages`, `default`, `configured`.
  public var description: String {
    switch self {
    case .learned(let n, let total): return "learned from \(n) of \(total) page\(total == 1 ? "" : "s")"
    case .defaulted: return "default"
    case .configured: return "configured"
    }
  }
}

/// A convention's value and where it came from.
public struct Learned<Value: Sendable>: Sendable {
  public var value: Value
  public var origin: ConventionOrigin

  public init(_ value: Value, _ origin: ConventionOrigin) {
    self.value = value
    self.origin = origin
  }
}

extension Learned: Equatable where Value: Equatable {}
