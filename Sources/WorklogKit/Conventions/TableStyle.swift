/// How a site writes its task table: the header and separator lines as written, and which column
/// holds what.
public struct TableStyle: Sendable, Hashable {
  /// The header line, as written (`| Day | Task | Start Date | Completion Date | Reference Material |`).
  public var header: String
  /// The separator line below it, as written (alignment colons kept).
  public var separator: String
  /// The number of columns.
  public var columnCount: Int
  public var columns: TaskColumns

  public init(header: String, separator: String, columnCount: Int, columns: TaskColumns) {
    self.header = header
    self.separator = separator
    self.columnCount = columnCount
    self.columns = columns
  }

  /// A table of `cells` (header names), with a plain separator, columns given.
  public init(cells: [String], columns: TaskColumns) {
    self.init(
      header: "| " + cells.joined(separator: " | ") + " |",
      separator: "|" + cells.map { String(repeating: "-", count: max(3, $0.count) + 2) }.joined(separator: "|") + "|",
      columnCount: cells.count, columns: columns)
  }

  /// One row: `values` by column index, the other cells empty, each cell as wide as the
  /// separator's (so a padded table stays aligned).
  public func row(_ values: [Int: String]) -> String {
    let widths = separatorWidths
    let cells = (0..<columnCount).map { i -> String in
      let text = values[i].map { " \($0) " } ?? "  "
      let width = widths[safe: i] ?? 0
      return text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
    return "|" + cells.joined(separator: "|") + "|"
  }

  /// The width of each cell of the separator line, between its pipes.
  var separatorWidths: [Int] {
    var cells = separator.split(separator: "|", omittingEmptySubsequences: false)
    if cells.first?.isEmpty == true { cells.removeFirst() }
    if cells.last?.allSatisfy({ $0 == " " }) == true { cells.removeLast() }
    return cells.map(\.count)
  }
}
