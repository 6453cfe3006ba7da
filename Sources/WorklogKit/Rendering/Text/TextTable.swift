/// A plain-text table that fits a width by wrapping its widest cells.
///
/// Columns start at their natural width (the widest header or cell line); while the table is
/// too wide, the widest column that may still shrink loses a column of width. Cells keep their
/// newlines, and a line's leading spaces indent its wrapped continuation (see `WordWrap`). Words
/// are never split: a word wider than its column is cut short with `…`, and a column marked
/// `truncates` keeps each cell line whole, spaces included, cut short with `…` when too wide.
package struct TextTable {
  /// Where a cell sits in its column.
  package enum Alignment: Sendable { case left, right }

  /// A column: its header, alignment and narrowest width.
  package struct Column: Sendable {
    /// The header text, a line per `\n` (never wrapped; cut short with `…` when too wide).
    package var header: String
    /// Left for text, right for numbers.
    package var alignment: Alignment
    /// The narrowest the column may become; at least the header's width.
    package var minWidth: Int
    /// Whether the column's cell lines are cut short with `…` instead of wrapped, and their
    /// spaces kept as written (a strip of symbols, a name).
    package var truncates: Bool

    /// A column that may shrink to `minWidth` (or its header's width, if wider).
    package init(_ header: String, _ alignment: Alignment = .left, minWidth: Int = 0, truncates: Bool = false) {
      self.header = header
      self.alignment = alignment
      self.truncates = truncates
      self.minWidth = max(minWidth, TextTable.lines(header).map { WordWrap.width($0) }.max() ?? 0)
    }
  }

  /// The columns, left to right.
  package var columns: [Column]
  /// The rows: one cell per column, each of any number of lines.
  package var rows: [[String]] = []
  /// Spaces before every line.
  package var indent = 0
  /// A blank line between rows when some row takes more than one line.
  package var spacedWhenWrapped = false

  /// An empty table with these columns.
  package init(_ columns: [Column], indent: Int = 0) {
    self.columns = columns
    self.indent = indent
  }

  /// Adds a row.
  package mutating func append(_ row: [String]) { rows.append(row) }

  /// The lines of a cell or header.
  static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

  /// The widths the columns get within `width`.
  package func widths(fitting width: Int) -> [Int] {
    var widths = columns.map { TextTable.lines($0.header).map { WordWrap.width($0) }.max() ?? 0 }
    for row in rows {
      for (i, cell) in row.enumerated() where i < widths.count {
        for line in TextTable.lines(cell) {
          widths[i] = max(widths[i], WordWrap.width(line))
        }
      }
    }
    var total = indent + widths.reduce(0, +) + 2 * max(0, columns.count - 1)
    while total > width {
      guard let i = widths.indices.filter({ widths[$0] > columns[$0].minWidth }).max(by: { widths[$0] < widths[$1] })
      else {
        break
      }
      widths[i] -= 1
      total -= 1
    }
    return widths
  }

  /// `text` cut to `width` columns, ending in `…` when something was cut.
  package static func truncated(_ text: some StringProtocol, width: Int) -> String {
    guard WordWrap.width(text) > width else { return String(text) }
    var out = ""
    var used = 0
    for c in text {
      let w = WordWrap.width(of: c)
      if used + w > width - 1 { break }
      out.append(c)
      used += w
    }
    while out.last == " " { out.removeLast() }
    return width > 0 ? out + "…" : ""
  }

  /// `text` wrapped to `width`, each word wider than the width first cut short with `…`.
  static func wrapped(_ text: String, width: Int) -> [String] {
    let cut = TextTable.lines(text).map { line in
      line.split(separator: " ", omittingEmptySubsequences: false).map { truncated($0, width: width) }.joined(
        separator: " ")
    }
    return WordWrap.wrap(cut.joined(separator: "\n"), width: width)
  }

  /// The table: header, a rule of dashes, then the rows, each line ending in a newline.
  package func render(width: Int) -> String {
    let widths = widths(fitting: width)
    let pad = String(repeating: " ", count: indent)
    var out = ""
    func emit(_ cells: [[String]]) {
      let height = cells.map(\.count).max() ?? 1
      for l in 0..<height {
        var line = pad
        for (i, lines) in cells.enumerated() {
          let text = l < lines.count ? lines[l] : ""
          let gap = String(repeating: " ", count: max(0, widths[i] - WordWrap.width(text)))
          if i > 0 { line += "  " }
          line += columns[i].alignment == .right ? gap + text : text + gap
        }
        while line.last == " " { line.removeLast() }
        out += line + "\n"
      }
    }
    emit(
      columns.enumerated().map { i, c in TextTable.lines(c.header).map { TextTable.truncated($0, width: widths[i]) } })
    emit(widths.map { [String(repeating: "-", count: $0)] })
    let wrapped = rows.map { row in
      columns.indices.map { i in
        let cell = i < row.count ? row[i] : ""
        return columns[i].truncates
          ? TextTable.lines(cell).map { TextTable.truncated($0, width: widths[i]) }
          : TextTable.wrapped(cell, width: widths[i])
      }
    }
    let spaced = spacedWhenWrapped && wrapped.contains { $0.contains { $0.count > 1 } }
    for (r, cells) in wrapped.enumerated() {
      if spaced && r > 0 { out += "\n" }
      emit(cells)
    }
    return out
  }
}
