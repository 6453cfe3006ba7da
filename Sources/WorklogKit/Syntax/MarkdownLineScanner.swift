/// Classifies the body lines of a page, tracking code fences and HTML comments.
enum MarkdownLineScanner {
  static func scan(_ file: SourceFile, from firstLine: Int) -> [MarkdownLine] {
    let bytes = file.bytes
    var lines: [MarkdownLine] = []
    lines.reserveCapacity(max(0, file.lineCount - firstLine + 1))
    var fence: (marker: UInt8, length: Int)?
    var fenceQuote = 0  // the quote depth of the open fence's line: a quoted fence closes inside its quote
    var inComment = false
    var line = firstLine
    while line <= file.lineCount {
      defer { line += 1 }
      let whole = file.byteRange(ofLine: line)
      let (quote, r) = fence == nil ? quotePrefix(bytes, whole) : quotePrefix(bytes, whole, limit: fenceQuote)
      let t = ByteText.trimmed(bytes, r)
      if let open = fence {
        if let close = fenceRun(bytes, t), close.marker == open.marker, close.length >= open.length,
          ByteText.trimmed(bytes, (t.lowerBound + close.length)..<t.upperBound).isEmpty
        {
          fence = nil
          lines.append(MarkdownLine(number: line, kind: .fence, content: t, quoteDepth: quote))
        } else {
          lines.append(MarkdownLine(number: line, kind: .code, content: t, quoteDepth: quote))
        }
        continue
      }
      if inComment {
        if contains(bytes, t, "-->") { inComment = false }
        lines.append(MarkdownLine(number: line, kind: .comment, content: t, quoteDepth: quote))
        continue
      }
      var classified = classify(bytes, r, t, number: line, fence: &fence, inComment: &inComment)
      classified.quoteDepth = quote
      if fence != nil { fenceQuote = quote }
      if quote > 0, classified.kind == .text, isAlertMarker(bytes, t) { classified.kind = .alert }
      lines.append(classified)
    }
    return lines
  }

  /// The `>` markers opening a line (each with up to three spaces before it and one space or tab
  /// after), at most `limit` of them: their number and the rest of the line.
  static func quotePrefix(_ bytes: [UInt8], _ r: Range<Int>, limit: Int = .max) -> (depth: Int, rest: Range<Int>) {
    var depth = 0
    var i = r.lowerBound
    while depth < limit {
      var j = i
      while j < r.upperBound, j - i < 3, bytes[j] == ByteText.space { j += 1 }
      guard j < r.upperBound, bytes[j] == UInt8(ascii: ">") else { break }  // >
      j += 1
      if j < r.upperBound, ByteText.isBlank(bytes[j]) { j += 1 }
      depth += 1
      i = j
    }
    return (depth, depth == 0 ? r : i..<r.upperBound)
  }

  /// `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]` (any word, any case).
  private static func isAlertMarker(_ bytes: [UInt8], _ t: Range<Int>) -> Bool {
    guard t.count >= 4, bytes[t.lowerBound] == UInt8(ascii: "["), bytes[t.lowerBound + 1] == UInt8(ascii: "!"),
      bytes[t.upperBound - 1] == UInt8(ascii: "]")
    else { return false }
    return bytes[(t.lowerBound + 2)..<(t.upperBound - 1)].allSatisfy {
      ByteText.lowerASCII($0) >= 0x61 && ByteText.lowerASCII($0) <= 0x7A
    }
  }

  private static func classify(
    _ bytes: [UInt8], _ r: Range<Int>, _ t: Range<Int>, number: Int,
    fence: inout (marker: UInt8, length: Int)?, inComment: inout Bool
  ) -> MarkdownLine {
    if t.isEmpty { return MarkdownLine(number: number, kind: .blank, content: t) }
    let (indent, _) = ByteText.indentation(bytes, r)
    let b = bytes[t.lowerBound]
    if let run = fenceRun(bytes, t), indent < 4 {
      fence = run
      return MarkdownLine(number: number, kind: .fence, content: t)
    }
    if b == UInt8(ascii: "#"), indent < 4 {  // #
      var level = 0
      var i = t.lowerBound
      while i < t.upperBound && bytes[i] == UInt8(ascii: "#") {
        level += 1
        i += 1
      }
      if level <= 6 && (i == t.upperBound || ByteText.isBlank(bytes[i])) {
        var end = t.upperBound
        // Closing #s are decoration.
        while end > i && bytes[end - 1] == UInt8(ascii: "#") { end -= 1 }
        if end < t.upperBound && end > i && !ByteText.isBlank(bytes[end - 1]) { end = t.upperBound }
        return MarkdownLine(number: number, kind: .heading(level: level), content: ByteText.trimmed(bytes, i..<end))
      }
    }
    if b == UInt8(ascii: "|") { return MarkdownLine(number: number, kind: .tableRow, content: t) }
    if isThematicBreak(bytes, t) { return MarkdownLine(number: number, kind: .thematicBreak, content: t) }
    if let (ordered, contentStart) = listMarker(bytes, t) {
      return MarkdownLine(
        number: number, kind: .listItem(indent: indent, ordered: ordered),
        content: ByteText.trimmed(bytes, contentStart..<t.upperBound))
    }
    if b == UInt8(ascii: "<") {  // <
      if ByteText.hasPrefix(bytes, at: t.lowerBound, end: t.upperBound, "<!--") {
        let rest = (t.lowerBound + 4)..<t.upperBound
        if !contains(bytes, rest, "-->") { inComment = true }
        return MarkdownLine(number: number, kind: .comment, content: t)
      }
      if t.count > 1,
        bytes[t.lowerBound + 1] == UInt8(ascii: "/")
          || ByteText.lowerASCII(bytes[t.lowerBound + 1]) >= 0x61
            && ByteText.lowerASCII(bytes[t.lowerBound + 1]) <= 0x7A,
        !isAutolink(bytes, t)
      {
        return MarkdownLine(number: number, kind: .html, content: t)
      }
    }
    if b == UInt8(ascii: "{"), t.count > 2, bytes[t.lowerBound + 1] == UInt8(ascii: "{"),
      bytes[t.lowerBound + 2] == UInt8(ascii: "%") || bytes[t.lowerBound + 2] == UInt8(ascii: "<")
    {
      return MarkdownLine(number: number, kind: .shortcode, content: t)
    }
    return MarkdownLine(number: number, kind: .text, content: t)
  }

  /// A run of three or more backticks or tildes opening the line.
  private static func fenceRun(_ bytes: [UInt8], _ t: Range<Int>) -> (marker: UInt8, length: Int)? {
    guard let b = t.first.map({ bytes[$0] }), b == UInt8(ascii: "`") || b == UInt8(ascii: "~") else { return nil }
    var n = 0
    while t.lowerBound + n < t.upperBound && bytes[t.lowerBound + n] == b { n += 1 }
    return n >= 3 ? (b, n) : nil
  }

  private static func isThematicBreak(_ bytes: [UInt8], _ t: Range<Int>) -> Bool {
    let b = bytes[t.lowerBound]
    guard b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "_") else { return false }
    var count = 0
    for i in t {
      if bytes[i] == b { count += 1 } else if !ByteText.isBlank(bytes[i]) { return false }
    }
    return count >= 3
  }

  /// `- `, `* `, `+ `, `• `, `1. `, `1) `, and `- [x] ` checkboxes; returns where the text starts.
  private static func listMarker(_ bytes: [UInt8], _ t: Range<Int>) -> (ordered: Bool, start: Int)? {
    let b = bytes[t.lowerBound]
    var i = t.lowerBound
    var ordered = false
    if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+") {
      i += 1
    } else if b == 0xE2, t.count >= 3, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 {  // •
      i += 3
    } else if ByteText.isDigit(b) {
      while i < t.upperBound && ByteText.isDigit(bytes[i]) && i - t.lowerBound < 9 { i += 1 }
      guard i < t.upperBound, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")") else { return nil }
      i += 1
      ordered = true
    } else {
      return nil
    }
    guard i == t.upperBound || ByteText.isBlank(bytes[i]) else { return nil }
    var start = i
    while start < t.upperBound && ByteText.isBlank(bytes[start]) { start += 1 }
    // `[ ]` / `[x]` task-list boxes are decoration.
    if start + 3 <= t.upperBound, bytes[start] == UInt8(ascii: "["), bytes[start + 2] == UInt8(ascii: "]"),
      bytes[start + 1] == UInt8(ascii: " ") || ByteText.lowerASCII(bytes[start + 1]) == UInt8(ascii: "x")
    {
      start += 3
    }
    return (ordered, start)
  }

  private static func isAutolink(_ bytes: [UInt8], _ t: Range<Int>) -> Bool {
    ByteText.hasPrefix(bytes, at: t.lowerBound, end: t.upperBound, "<http")
  }

  static func contains(_ bytes: [UInt8], _ r: Range<Int>, _ needle: StaticString) -> Bool {
    let n = needle.utf8CodeUnitCount
    guard r.count >= n else { return false }
    var i = r.lowerBound
    while i + n <= r.upperBound {
      if ByteText.hasPrefix(bytes, at: i, end: r.upperBound, needle) { return true }
      i += 1
    }
    return false
  }
}
