/// A place a week number was written.
public enum WeekSource: String, Sendable, Codable, CaseIterable {
  case path, title, heading, weight, pre

  /// The order sources are preferred in when their weights tie: the folder first, `weight` last.
  static let preference: [WeekSource] = [.path, .title, .heading, .pre, .weight]
}
