/// A point in a source file: 1-based line and column, and the UTF-8 byte offset it stands at.
///
/// Columns count Unicode scalars from the start of the line, so a caret lines up under the
/// character a person sees in a plain-text editor, whatever the bytes per character.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
  /// 1-based line number.
  public var line: Int
  /// 1-based column, in Unicode scalars.
  public var column: Int
  /// 0-based UTF-8 byte offset from the start of the file (after nothing: the BOM counts).
  public var offset: Int

  /// Creates a location.
  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool { a.offset < b.offset }
}

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
