/// One classified body line: its number, its kind and the byte range of its content.
public struct MarkdownLine: Sendable {
  public var number: Int
  public var kind: MarkdownLineKind
  /// The content after any marker (`>`, `#`, `-`, indentation), trimmed.
  public var content: Range<Int>
  /// How many `>` open the line: 0 outside a blockquote or alert, 1 inside one, and so on. The
  /// kind and content are those of the text inside the quote (`> ### Week 5 Goals` is a heading).
  public var quoteDepth: Int = 0
}
