/// Reads inline Markdown as worklog cells and list items write it.
enum InlineTextReader {
  /// Reads one cell or list item.
  static func read(_ markdown: String) -> InlineText {
    read(markdown, listMarkers: true)
  }

  /// Reads a heading's text: like a cell, but a leading `1. ` is the heading's numbering and stays.
  static func heading(_ markdown: String) -> String {
    read(markdown, listMarkers: false).text
  }

  /// Bytes when every scalar of `markdown` is a `Character` of its own; `Character`s otherwise.
  private static func read(_ markdown: String, listMarkers: Bool) -> InlineText {
    InlineByteReader.read(markdown, listMarkers: listMarkers) ?? readByCharacters(markdown, listMarkers: listMarkers)
  }

  /// The reading by `Character`s: the fallback for text with combining marks, joiners or other
  /// scalars that merge with a neighbour, and the reference `InlineByteReader` is tested against.
  static func readByCharacters(_ markdown: String, listMarkers: Bool) -> InlineText {
    var links: [Reference] = []
    var broken: [String] = []
    var items: [TextItem] = []
    for rawLine in splitBreaks(decodeEntities(markdown)) {
      var (level, body) = indentLevel(rawLine)
      if listMarkers {
        let (marker, rest) = stripMarker(body)
        if marker == "+" && level == 1 { level = 2 }
        body = rest
      }
      let plain = plainText(body, links: &links, broken: &broken)
      if !plain.isEmpty { items.append(TextItem(text: plain, level: level)) }
    }
    let text = items.count == 1 ? items[0].text : items.map(\.text).joined(separator: "\n")
    // Control scalars are ASCII: their bytes are theirs alone.
    let control = UTF8Scan.contains(text) { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F }
    return InlineText(text: text, items: items, links: links, brokenLinks: broken, hasControlCharacters: control)
  }

  /// `<br>`, `<br/>`, `<br />` (any case) split lines; any other `<` stays in the text.
  static func splitBreaks(_ s: String) -> [Substring] {
    guard UTF8Scan.contains(s, UInt8(ascii: "<")) else { return [s[...]] }
    var parts: [Substring] = []
    var partStart = s.startIndex
    var i = s.startIndex
    while i < s.endIndex {
      if s[i] == "<", let after = breakTagEnd(s, at: i) {
        parts.append(s[partStart..<i])
        partStart = after
        i = after
        continue
      }
      i = s.index(after: i)
    }
    parts.append(s[partStart...])
    return parts
  }

  /// The index just past a `<br>` tag starting at `i`, or nil when `i` starts no break tag.
  private static func breakTagEnd(_ s: String, at i: String.Index) -> String.Index? {
    var j = s.index(after: i)
    for letter in ["b", "r"] {
      guard j < s.endIndex, s[j].lowercased() == letter else { return nil }
      j = s.index(after: j)
    }
    var extra = 0
    while j < s.endIndex, s[j] == " " || s[j] == "/", extra < 3 {
      j = s.index(after: j)
      extra += 1
    }
    guard j < s.endIndex, s[j] == ">" else { return nil }
    return s.index(after: j)
  }

  /// `&emsp;` and friends become U+2003 (indentation); `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;` decode.
  static func decodeEntities(_ s: String) -> String {
    guard UTF8Scan.contains(s, 0x26) else { return s }
    var s = s
    return String(decoding: s.withUTF8 { decodedEntities($0) }, as: UTF8.self)
  }

  /// `bytes` with the entities `decodeEntities` knows decoded.
  static func decodedEntities(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    outer: while i < bytes.count {
      if bytes[i] == UInt8(ascii: "&") {
        for (entity, value) in entities
        where i + entity.count <= bytes.count && bytes[i..<(i + entity.count)].elementsEqual(entity) {
          out += value
          i += entity.count
          continue outer
        }
      }
      out.append(bytes[i])
      i += 1
    }
    return out
  }

  private static let entities: [([UInt8], [UInt8])] = [
    ("&emsp;", "\u{2003}"), ("&ensp;", "\u{2003}"), ("&nbsp;", "\u{00A0}"), ("&#8195;", "\u{2003}"),
    ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  /// Level 1 plus one for each leading em space (tab or run of four spaces also counts).
  static func indentLevel(_ line: Substring) -> (Int, Substring) {
    var level = 1
    var i = line.startIndex
    var spaces = 0
    while i < line.endIndex {
      let c = line[i]
      if c == "\u{2003}" || c == "\t" {
        level += 1
      } else if c == " " || c == "\u{00A0}" {
        spaces += 1
        if spaces == 4 {
          level += 1
          spaces = 0
        }
      } else {
        break
      }
      i = line.index(after: i)
    }
    return (min(level, 6), line[i...])
  }

  /// A leading `- `, `+ `, `* `, `• ` or `1. ` list marker, and the text after it.
  static func stripMarker(_ s: Substring) -> (String?, Substring) {
    guard let first = s.first else { return (nil, s) }
    if first == "-" || first == "+" || first == "*" || first == "•" {
      let after = s.dropFirst()
      if after.isEmpty || after.first == " " { return (String(first), after.drop { $0 == " " }) }
    }
    if isASCIIDigit(first) {
      let digits = s.prefix(while: isASCIIDigit)
      let after = s.dropFirst(digits.count)
      if digits.count < 3, let dot = after.first, dot == "." || dot == ")", after.dropFirst().first == " " {
        return (String(digits), after.dropFirst(2).drop { $0 == " " })
      }
    }
    return (nil, s)
  }

  /// `c.isASCII && c.isNumber`: an ASCII character is a number only when it is a digit.
  private static func isASCIIDigit(_ c: Character) -> Bool {
    guard let a = c.asciiValue else { return false }
    return a >= 0x30 && a <= 0x39
  }

  /// Removes emphasis, code ticks, shortcodes and images; collects links and replaces them by their titles.
  static func plainText(_ s: Substring, links: inout [Reference], broken: inout [String]) -> String {
    var scan = InlineScan(UTF8Scan.bytes(s))
    let out = scan.plain(scan.bytes, depth: 0, links: &links, broken: &broken)
    return String(decoding: trimmedBytes(out), as: UTF8.self)
  }

  /// A letter or digit byte (any byte of a non-ASCII character counts as a letter).
  static func isWordByte(_ b: UInt8) -> Bool {
    b >= 0x80 || ByteText.isDigit(b) || (ByteText.lowerASCII(b) >= 0x61 && ByteText.lowerASCII(b) <= 0x7A)
  }

  /// HTML tags that only format their text (`<i>Lab 39</i>`, `<strong>`): dropped, text kept.
  static let formattingTags: Set<String> = [
    "b", "strong", "i", "em", "u", "s", "del", "code", "mark", "sup", "sub", "small", "kbd", "span", "font",
  ]

  /// The offset after a formatting tag (opening or closing, attributes allowed) starting at `i`,
  /// or nil when `i` starts anything else (`< 100ms`, `<https://…>`).
  static func formattingTagEnd(_ s: ArraySlice<UInt8>, at i: Int) -> Int? {
    var j = i + 1
    if j < s.endIndex, s[j] == UInt8(ascii: "/") { j += 1 }
    let nameStart = j
    while j < s.endIndex, ByteText.lowerASCII(s[j]) >= 0x61, ByteText.lowerASCII(s[j]) <= 0x7A { j += 1 }
    guard j > nameStart, j - nameStart <= 6,
      formattingTags.contains(String(decoding: s[nameStart..<j].map(ByteText.lowerASCII), as: UTF8.self)),
      j < s.endIndex, s[j] == UInt8(ascii: ">") || s[j] == UInt8(ascii: " ")
    else { return nil }
    var k = j
    while k < s.endIndex, s[k] != UInt8(ascii: ">") {
      if s[k] == UInt8(ascii: "<") { return nil }
      k += 1
    }
    return k < s.endIndex ? k + 1 : nil
  }

  static func trimmedBytes(_ b: [UInt8]) -> [UInt8] {
    let kept = trimmedRange(b[...])
    return kept.count == b.count ? b : Array(b[kept])
  }

  /// `b` without leading spaces, tabs, no-break and em spaces, nor trailing spaces, tabs and
  /// no-break spaces.
  static func trimmedRange(_ b: ArraySlice<UInt8>) -> Range<Int> { trimmedRange(b, b.indices) }

  /// `trimmedRange` of `b[range]`.
  static func trimmedRange<C: RandomAccessCollection<UInt8>>(_ b: C, _ range: Range<Int>) -> Range<Int>
  where C.Index == Int {
    var lo = range.lowerBound
    var hi = range.upperBound
    func blank(_ k: Int) -> Bool { b[k] == UInt8(ascii: " ") || b[k] == UInt8(ascii: "\t") }
    func nbspAt(_ k: Int) -> Bool { k + 1 < range.upperBound && b[k] == 0xC2 && b[k + 1] == 0xA0 }
    while lo < hi {
      if blank(lo) {
        lo += 1
      } else if nbspAt(lo) {
        lo += 2
      } else if lo + 2 < hi, b[lo] == 0xE2, b[lo + 1] == 0x80, b[lo + 2] == 0x83 {
        lo += 3
      } else {
        break
      }
    }
    while hi > lo { if blank(hi - 1) { hi -= 1 } else if hi - 2 >= lo, nbspAt(hi - 2) { hi -= 2 } else { break } }
    return lo..<hi
  }
}
