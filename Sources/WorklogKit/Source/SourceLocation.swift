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
