extension RowCellCountRule {
  /// A pipe row short of cells padded with empty ones after its last cell (` |` closes a row
  /// written without the outer pipe). Safe when the cells written stand in their columns
  /// (Markdown renders a short row with empty cells); unsafe when a cell under a date column
  /// holds no date (`| Week 4 | Demo | 07/28-07/30 | Demo |`): the missing cell may be an earlier one.
  func paddingFix(_ source: SourceFile, _ row: TaskEntry, missing: Int) -> Fix? {
    guard missing > 0, row.range.start.line == row.range.end.line else { return nil }
    let bytes = source.bytes
    let line = source.byteRange(ofLine: row.range.start.line)
    var end = line.upperBound
    while end > line.lowerBound, ByteText.isBlank(bytes[end - 1]) { end -= 1 }
    guard end > line.lowerBound else { return nil }
    let closed = bytes[end - 1] == 0x7C && (end - 2 < line.lowerBound || bytes[end - 2] != 0x5C)
    let cells = String(repeating: "  |", count: missing)
    let text = closed ? cells : " |" + cells
    let misplaced = [row.start, row.end].contains {
      $0.map { $0.date == nil && !$0.raw.value.trimmingSpaces.isEmpty } ?? false
    }
    return Fix(
      missing == 1 ? "add the missing cell" : "add the \(missing) missing cells", misplaced ? .unsafe : .safe,
      edits: [.insert(text, at: end)])
  }

  /// The unescaped `|` of a cell the reader rejoined, written `\|`, so the row reads as worklog
  /// read it. Safe when the rejoining put a date back under the start column (the cells after
  /// the pipe stood one column too far right), unsafe when the extra cells were folded into
  /// the last one, a guess.
  func escapeFix(_ source: SourceFile, _ row: TaskEntry, _ table: TaskTable) -> Fix? {
    guard row.range.start.line == row.range.end.line else { return nil }
    let bytes = source.bytes
    var edits: [TextEdit] = []
    var lastWithPipe: Int?
    for (index, cell) in row.cells.enumerated() {
      let r = cell.range.start.offset..<cell.range.end.offset
      var i = r.lowerBound
      var escaped = false
      while i < r.upperBound {
        if bytes[i] == 0x7C && !escaped {
          edits.append(.insert("\\", at: i))
          lastWithPipe = index
        }
        escaped = bytes[i] == 0x5C && !escaped
        i += 1
      }
    }
    guard let index = lastWithPipe else { return nil }
    let intoTask = index == table.columns.task && index != row.cells.count - 1
    return Fix("escape the | inside the cell", intoTask ? .safe : .unsafe, edits: edits)
  }
}
