/// One row of a table: the line it starts on and its cells.
struct RawRow: Sendable {
  var line: Int
  /// The byte range of the whole row (a pipe row's line; an HTML row's `<tr>` … `</tr>`).
  var bytes: Range<Int>
  var cells: [RawCell]
}
