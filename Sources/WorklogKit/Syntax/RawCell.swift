/// One cell of a table as written: its source bytes and its Markdown text.
struct RawCell: Sendable {
  /// Trimmed byte range of the cell's content in the file.
  var bytes: Range<Int>
  /// The cell's text as Markdown (HTML cells are turned into the same inline Markdown).
  var markdown: String
}
