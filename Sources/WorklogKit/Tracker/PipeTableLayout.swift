/// How a page's pipe task table is laid out: its lines, each column's alignment, whether its
/// cells are padded to shared widths, and its line ending. A new row is written to match.
struct PipeTableLayout: Sendable {
  enum Alignment: Sendable { case left, center, right }

  var header: PipeRow
  /// The `|---|:--:|` line.
  var separatorLine: Int
  var alignments: [Alignment]
  /// Every line of the table puts its pipes in the same columns: a new row keeps the widths.
  var isPadded: Bool
  /// The bytes that end the table's lines (`\n`, `\r\n`).
  var newline: [UInt8]

  /// The layout of `table` in `source`; nil when it is not a pipe table.
  init?(_ table: TaskTable, _ source: SourceFile) {
    guard table.kind == .pipe, table.lines.lowerBound + 1 <= source.lineCount else { return nil }
    let first = table.lines.lowerBound
    guard let header = PipeRow(source.bytes, line: source.byteRange(ofLine: first)),
      let separator = PipeRow(source.bytes, line: source.byteRange(ofLine: first + 1))
    else { return nil }
    self.header = header
    separatorLine = first + 1
    alignments = separator.cells.map { cell in
      let text = source.text(bytes: cell.content)
      switch (text.hasPrefix(":"), text.hasSuffix(":") && text.count > 1) {
      case (true, true): return .center
      case (false, true): return .right
      default: return .left
      }
    }
    var rows: [PipeRow] = [header, separator]
    for line in table.lines where line > first + 1 {
      if let row = PipeRow(source.bytes, line: source.byteRange(ofLine: line)) { rows.append(row) }
    }
    isPadded = rows.count >= 3 && rows.allSatisfy { $0.pipeColumns == header.pipeColumns }
    let ending = source.terminator(ofLine: first)
    newline = ending.isEmpty ? Array(source.newline(near: first).utf8) : ending
  }

  func alignment(_ column: Int) -> Alignment { alignments[safe: column] ?? .left }

  /// The inside of a cell that held `template` (its spaces and width) with `text` in it: in a
  /// padded table, spaced out to the template's width by the column's alignment when it fits;
  /// else the template's spaces around the text (one each when the template was blank).
  func inside(_ text: String, like template: PipeRow.Cell, column: Int) -> String {
    let blank = template.content.isEmpty
    let length = text.count
    guard isPadded else {
      if text.isEmpty && blank { return spaces(template.width) }
      return spaces(blank ? 1 : template.leading) + text + spaces(blank ? 1 : template.trailing)
    }
    // The side the column aligns to keeps the template's spacing; the other side takes the rest.
    let lead = blank ? min(1, template.width) : min(template.leading, template.width)
    let trail = blank ? min(1, template.width) : min(template.trailing, template.width)
    let room = template.width - length
    switch alignment(column) {
    case .left where room >= lead + min(trail, 1): return spaces(lead) + text + spaces(room - lead)
    case .right where room >= trail + min(lead, 1): return spaces(room - trail) + text + spaces(trail)
    case .center where room >= 2 || room >= lead + trail:
      let left = room / 2
      return spaces(left) + text + spaces(room - left)
    default:
      // Too long to keep the width: the text with one space each side.
      return spaces(min(lead, 1)) + text + spaces(min(trail, 1))
    }
  }

  private func spaces(_ n: Int) -> String { String(repeating: " ", count: max(0, n)) }
}
