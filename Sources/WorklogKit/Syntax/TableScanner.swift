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
        let header = pipeRow(file, line)
        var end = i + 2
        while end < lines.count, lines[end].kind == .tableRow { end += 1 }
        var rows: [RawRow] = []
        rows.reserveCapacity(end - i - 2)
        // A body row has as many cells as the header, most often: one more is room for a
        // trailing cell without a closing pipe.
        for j in (i + 2)..<end { rows.append(pipeRow(file, lines[j], expected: header.cells.count + 1)) }
        let j = end
        tables.append(
          RawTable(kind: .pipe, header: header, rows: rows, lines: line.number...(lines[j - 1].number)))
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
  ///
  /// `expected` is room made for the cells beforehand (the header's count), so the cells'
  /// array is not grown cell by cell.
  static func pipeRow(_ file: SourceFile, _ line: MarkdownLine, expected: Int = 0) -> RawRow {
    let t = line.content
    var cells: [RawCell] = []
    cells.reserveCapacity(expected)
    var start = t.lowerBound + 1  // after the leading |
    // Whether the cell read so far has a `\|`: only then can its text hold one.
    var escaped = false
    file.bytes.withUnsafeBufferPointer { bytes in
      var i = start
      while i < t.upperBound {
        // Eight bytes with neither a `|` nor a `\` at once: most of a row is cell text.
        if i + 8 <= t.upperBound {
          let w = ByteWords.word(bytes, at: i)
          if !ByteWords.hasByte(w, 0x7C * ByteWords.ones) && !ByteWords.hasByte(w, 0x5C * ByteWords.ones) {
            i += 8
            continue
          }
        }
        let b = bytes[i]
        if b == UInt8(ascii: "\\"), i + 1 < t.upperBound {  // \| stays in the cell
          if bytes[i + 1] == UInt8(ascii: "|") { escaped = true }
          i += 2
          continue
        }
        if b == UInt8(ascii: "|") {
          cells.append(cell(file, start..<i, escaped: escaped))
          start = i + 1
          escaped = false
        }
        i += 1
      }
    }
    if start < t.upperBound, !ByteText.trimmed(file.bytes, start..<t.upperBound).isEmpty {
      cells.append(cell(file, start..<t.upperBound, escaped: escaped))  // no trailing pipe
    }
    return RawRow(line: line.number, bytes: t, cells: cells)
  }

  /// The cell written in `r`; `escaped` says whether its bytes hold a `\|` (without one, its
  /// text holds none).
  private static func cell(_ file: SourceFile, _ r: Range<Int>, escaped: Bool) -> RawCell {
    let t = ByteText.trimmed(file.bytes, r)
    var text = file.text(bytes: t)
    if escaped, text.contains("\\|") { text = text.replacingAll("\\|", with: "|") }
    return RawCell(bytes: t, markdown: text)
  }
}
