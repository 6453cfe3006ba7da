/// Finds tables among the classified body lines.
enum TableScanner {
  /// Every pipe table (a `|` row followed by a `|---|` separator) and every HTML table.
  static func scan(_ file: SourceFile, _ lines: [MarkdownLine]) -> [RawTable] {
    var tables: [RawTable] = []
    var i = 0
    while i < lines.count {
      let line = lines[i]
      if line.kind == .tableRow, i + 1 < lines.count, lines[i + 1].kind == .tableRow,
        isSeparator(file.bytes, lines[i + 1].content)
      {
        var rows: [RawRow] = []
        var j = i + 2
        while j < lines.count, lines[j].kind == .tableRow {
          rows.append(pipeRow(file, lines[j]))
          j += 1
        }
        tables.append(
          RawTable(kind: .pipe, header: pipeRow(file, line), rows: rows, lines: line.number...(lines[j - 1].number)))
        i = j
        continue
      }
      if line.kind == .html,
        ByteText.hasPrefix(file.bytes, at: line.content.lowerBound, end: line.content.upperBound, "<table")
      {
        var j = i
        while j < lines.count, !MarkdownLineScanner.contains(file.bytes, lines[j].content, "</table") { j += 1 }
        let last = min(j, lines.count - 1)
        let span = file.lineStarts[line.number - 1]..<file.lineEnds[lines[last].number - 1]
        if let table = HTMLTableReader.read(file, span, lines: line.number...lines[last].number) {
          tables.append(table)
        }
        i = last + 1
        continue
      }
      i += 1
    }
    return tables
  }

  /// `|---|:--:|` with as many dashes as it likes.
  static func isSeparator(_ bytes: [UInt8], _ t: Range<Int>) -> Bool {
    var dashes = 0
    for i in t {
      switch bytes[i] {
      case UInt8(ascii: "-"): dashes += 1
      case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
      default: return false
      }
    }
    return dashes > 0
  }

  /// Splits a pipe row on unescaped `|`; a leading and a trailing pipe open and close the row.
  static func pipeRow(_ file: SourceFile, _ line: MarkdownLine) -> RawRow {
    let bytes = file.bytes
    let t = line.content
    var cells: [RawCell] = []
    var start = t.lowerBound + 1  // after the leading |
    var i = start
    while i < t.upperBound {
      let b = bytes[i]
      if b == UInt8(ascii: "\\"), i + 1 < t.upperBound {  // \| stays in the cell
        i += 2
        continue
      }
      if b == UInt8(ascii: "|") {
        cells.append(cell(file, start..<i))
        start = i + 1
      }
      i += 1
    }
    if start < t.upperBound, !ByteText.trimmed(bytes, start..<t.upperBound).isEmpty {
      cells.append(cell(file, start..<t.upperBound))  // no trailing pipe
    }
    return RawRow(line: line.number, bytes: t, cells: cells)
  }

  private static func cell(_ file: SourceFile, _ r: Range<Int>) -> RawCell {
    let t = ByteText.trimmed(file.bytes, r)
    var text = file.text(bytes: t)
    if text.contains("\\|") { text = text.replacingAll("\\|", with: "|") }
    return RawCell(bytes: t, markdown: text)
  }
}
