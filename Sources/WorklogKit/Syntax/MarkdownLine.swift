/// One classified body line: its number, its kind and the byte range of its content.
struct MarkdownLine: Sendable {
  var number: Int
  var kind: MarkdownLineKind
  /// The content after any marker (`>`, `#`, `-`, indentation), trimmed.
  var content: Range<Int>
  /// How many `>` open the line: 0 outside a blockquote or alert, 1 inside one, and so on. The
  /// kind and content are those of the text inside the quote (`> ### Week 5 Goals` is a heading).
  var quoteDepth: Int = 0
}
