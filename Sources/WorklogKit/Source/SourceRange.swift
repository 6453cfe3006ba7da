/// A half-open span of a source file, `start` inclusive and `end` exclusive.
public struct SourceRange: Sendable, Hashable, Codable {
  /// First character of the span.
  public var start: SourceLocation
  /// Just past the last character of the span.
  public var end: SourceLocation

  /// Creates a range; `end` must not be before `start`.
  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }
}
