/// A value together with the span of source text it was read from.
public struct Located<Value: Sendable>: Sendable {
  /// The value.
  public var value: Value
  /// Where in the file the value was written.
  public var range: SourceRange

  /// Wraps `value` read from `range`.
  public init(_ value: Value, _ range: SourceRange) {
    self.value = value
    self.range = range
  }
}

extension Located: Equatable where Value: Equatable {}

extension Located: Hashable where Value: Hashable {}
