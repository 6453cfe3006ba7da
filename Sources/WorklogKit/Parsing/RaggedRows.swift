extension TaskTableReader {
  /// Whether a row, as written (before its cells are fitted back to the header), holds a date
  /// in the start column: its extra cells then trail the row rather than split a cell with an
  /// unescaped `|`. Recorded on `TaskTable.raggedRows` for row-cell-count (WL302).
  static func startHoldsDate(_ cells: [RawCell], _ columns: TaskColumns) -> Bool {
    guard let start = columns.start, let cell = cells[safe: start],
      let reading = DateReading.parse(InlineTextReader.read(cell.markdown).text)
    else { return false }
    switch reading {
    case .fixed, .numeric, .range: return true
    default: return false
    }
  }
}
