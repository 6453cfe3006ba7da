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
    line = ReadCell.oneLine(inline.text)
  }

  /// `text.replacingAll("\n", with: " ")`, byte for byte: a line feed is one byte and a space
  /// another, so each LF byte becomes a space byte and the rest stay as they are.
  static func oneLine(_ text: String) -> String {
    var text = text
    return text.withUTF8 { u in
      guard u.contains(0x0A) else { return nil }
      return String(unsafeUninitializedCapacity: u.count) { out in
        for i in 0..<u.count { out[i] = u[i] == 0x0A ? 0x20 : u[i] }
        return u.count
      }
    } ?? text
  }

  /// `line` without the white space around it: what the column weighing reads.
  var trimmed: String { line.trimmingSpaces }
}
