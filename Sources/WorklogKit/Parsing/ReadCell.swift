/// A table cell read once: its inline text, and that text on one line.
///
/// The column weighing (`ColumnContent`) and the task entries (`TaskTableReader`) both need
/// every cell's inline text; reading each cell into this value once lets them share it.
struct ReadCell: Sendable {
  /// The cell read as inline Markdown.
  var inline: InlineText
  /// `inline.text` with its line breaks as spaces: what Day and date cells hold.
  var line: String

  /// Reads one cell's Markdown.
  init(_ markdown: String) {
    inline = InlineTextReader.read(markdown)
    let text = inline.text
    line = CellBytes.contains(0x0A, in: text) ? text.replacingAll("\n", with: " ") : text
  }

  /// `line` without the white space around it: what the column weighing reads.
  var trimmed: String { line.trimmingSpaces }
}
