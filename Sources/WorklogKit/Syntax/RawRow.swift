/// One row of a table: the line it starts on and its cells.
public struct RawRow: Sendable {
  public var line: Int
  /// The byte range of the whole row (a pipe row's line; an HTML row's `<tr>` … `</tr>`).
  public var bytes: Range<Int>
  public var cells: [RawCell]
}
