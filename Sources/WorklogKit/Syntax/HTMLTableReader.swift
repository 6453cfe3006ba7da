/// Reads an HTML `<table>` into rows of cells whose text is inline Markdown.
///
/// Enough HTML for worklogs: `<tr>`, `<th>`, `<td>`, and inside cells `<ul>/<li>`, `<br>`, `<p>`
/// and `<a href>`. Other tags are dropped, their text kept.
enum HTMLTableReader {
  static func read(_ file: SourceFile, _ span: Range<Int>, lines: ClosedRange<Int>) -> RawTable? {
    let bytes = file.bytes
    var rows: [RawRow] = []
    var i = span.lowerBound
    while let tr = find(bytes, "<tr", from: i, end: span.upperBound) {
      let rowEnd = find(bytes, "</tr", from: tr, end: span.upperBound) ?? span.upperBound
      var cells: [RawCell] = []
      var c = tr
      while let open = nextCellOpen(bytes, from: c, end: rowEnd) {
        guard let gt = firstIndex(of: 0x3E, in: bytes, open..<rowEnd) else { break }
        let close = nextCellClose(bytes, from: gt + 1, end: rowEnd) ?? rowEnd
        let inner = ByteText.trimmed(bytes, (gt + 1)..<close)
        cells.append(RawCell(bytes: inner, markdown: markdown(fromHTML: file.text(bytes: inner))))
        c = close + 1
      }
      rows.append(RawRow(line: file.line(containing: tr), bytes: tr..<rowEnd, cells: cells))
      i = rowEnd + 1
    }
    guard let header = rows.first else { return nil }
    return RawTable(kind: .html, header: header, rows: Array(rows.dropFirst()), lines: lines)
  }

  private static func nextCellOpen(_ bytes: [UInt8], from: Int, end: Int) -> Int? {
    let td = find(bytes, "<td", from: from, end: end)
    let th = find(bytes, "<th", from: from, end: end).flatMap { i -> Int? in
      // `<thead>` is not a cell.
      i + 3 < end && ByteText.lowerASCII(bytes[i + 3]) == 0x65 ? nil : i
    }
    switch (td, th) {
    case let (a?, b?): return min(a, b)
    case let (a?, nil): return a
    case let (nil, b?): return b
    default: return nil
    }
  }

  private static func nextCellClose(_ bytes: [UInt8], from: Int, end: Int) -> Int? {
    [find(bytes, "</td", from: from, end: end), find(bytes, "</th", from: from, end: end)].compactMap { $0 }.min()
  }

  /// Inline Markdown for a cell's HTML: list items and breaks become `<br>`, anchors links.
  static func markdown(fromHTML html: String) -> String {
    var out = ""
    var rest = html[...]
    while let lt = rest.firstIndex(of: "<") {
      out += rest[..<lt].filter { $0 != "\n" && $0 != "\r" }
      guard let gt = rest[lt...].firstIndex(of: ">") else {
        out += rest[lt...]
        return out
      }
      let tag = rest[rest.index(after: lt)..<gt].lowercased()
      let name = tag.prefix { $0.isLetter || $0 == "/" }
      switch name {
      case "li", "br", "p", "/p", "div", "/div":
        if !out.isEmpty && !out.hasSuffix("<br>") { out += "<br>" }
      case "a":
        if let href = attribute("href", in: String(rest[rest.index(after: lt)..<gt])),
          let close = rest[gt...].range(of: "</a>")
        {
          let title = rest[rest.index(after: gt)..<close.lowerBound]
          out += "[\(title.trimmingSpaces)](\(href))"
          rest = rest[close.upperBound...]
          continue
        }
      default: break
      }
      rest = rest[rest.index(after: gt)...]
    }
    out += rest.filter { $0 != "\n" && $0 != "\r" }
    while out.hasSuffix("<br>") { out.removeLast(4) }
    return out.trimmingSpaces
  }

  private static func attribute(_ name: String, in tag: String) -> String? {
    guard let r = tag.range(of: name + "=\"") else { return nil }
    let rest = tag[r.upperBound...]
    guard let q = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<q])
  }

  private static func find(_ bytes: [UInt8], _ needle: StaticString, from: Int, end: Int) -> Int? {
    var i = from
    let n = needle.utf8CodeUnitCount
    while i + n <= end {
      if bytes[i] == 0x3C, ByteText.hasPrefix(bytes, at: i, end: end, needle) { return i }
      i += 1
    }
    return nil
  }

  private static func firstIndex(of b: UInt8, in bytes: [UInt8], _ r: Range<Int>) -> Int? {
    var i = r.lowerBound
    while i < r.upperBound {
      if bytes[i] == b { return i }
      i += 1
    }
    return nil
  }
}

extension Substring {
  var trimmingSpaces: String { String(self).trimmingSpaces }
}
