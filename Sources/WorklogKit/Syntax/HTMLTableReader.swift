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

  /// The next `<td` or `<th` (not `<thead`) in one forward scan: searching for each tag to the
  /// row's end in turn made a row of many cells quadratic.
  private static func nextCellOpen(_ bytes: [UInt8], from: Int, end: Int) -> Int? {
    var i = from
    while i + 3 <= end {
      if bytes[i] == UInt8(ascii: "<"), ByteText.lowerASCII(bytes[i + 1]) == UInt8(ascii: "t") {  // <t
        let kind = ByteText.lowerASCII(bytes[i + 2])
        if kind == UInt8(ascii: "d") { return i }  // <td
        if kind == UInt8(ascii: "h"), !(i + 3 < end && ByteText.lowerASCII(bytes[i + 3]) == UInt8(ascii: "e")) {
          return i
        }  // <th, not <thead
      }
      i += 1
    }
    return nil
  }

  /// The next `</td` or `</th`, in one forward scan.
  private static func nextCellClose(_ bytes: [UInt8], from: Int, end: Int) -> Int? {
    var i = from
    while i + 4 <= end {
      if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "/"),
        ByteText.lowerASCII(bytes[i + 2]) == UInt8(ascii: "t")
      {
        let kind = ByteText.lowerASCII(bytes[i + 3])
        if kind == UInt8(ascii: "d") || kind == UInt8(ascii: "h") { return i }
      }
      i += 1
    }
    return nil
  }

  /// Inline Markdown for a cell's HTML: list items and breaks become `<br>`, anchors links.
  static func markdown(fromHTML html: String) -> String {
    var out = ""
    var rest = html[...]
    // Once no `</a>` follows, none follows later either: searching again for every `<a` made a
    // cell of many unclosed anchors quadratic.
    var anchorsClosed = true
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
        if anchorsClosed, let href = attribute("href", in: String(rest[rest.index(after: lt)..<gt])) {
          guard let close = rest[gt...].range(of: "</a>") else {
            anchorsClosed = false
            break
          }
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
      if bytes[i] == UInt8(ascii: "<"), ByteText.hasPrefix(bytes, at: i, end: end, needle) { return i }
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
