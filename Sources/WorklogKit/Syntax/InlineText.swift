/// Inline Markdown turned into plain text, sub-items and links.
public struct InlineText: Sendable {
  /// The plain text: markup removed, links replaced by their titles, one line per item.
  public var text: String
  /// The lines of the text with their nesting (`<br>&emsp;+ sub-item` is level 2).
  public var items: [TextItem]
  /// Markdown links, autolinks and bare URLs, in order of appearance.
  public var links: [Reference]
  /// `[text](` with no closing parenthesis, or `[text]( )` with no URL.
  public var brokenLinks: [String]
  /// Control characters (other than tab) found in the text, kept in `text` as they were.
  public var hasControlCharacters: Bool
}

/// Reads inline Markdown as worklog cells and list items write it.
public enum InlineTextReader {
  /// Reads one cell or list item.
  public static func read(_ markdown: String) -> InlineText {
    read(markdown, listMarkers: true)
  }

  /// Reads a heading's text: like a cell, but a leading `1. ` is the heading's numbering and stays.
  public static func heading(_ markdown: String) -> String {
    read(markdown, listMarkers: false).text
  }

  private static func read(_ markdown: String, listMarkers: Bool) -> InlineText {
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
    let text = items.map(\.text).joined(separator: "\n")
    let control = text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || $0.value == 0x7F }
    return InlineText(text: text, items: items, links: links, brokenLinks: broken, hasControlCharacters: control)
  }

  /// `<br>`, `<br/>`, `<br />` (any case) split lines; any other `<` stays in the text.
  static func splitBreaks(_ s: String) -> [Substring] {
    guard s.contains("<") else { return [s[...]] }
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
    guard s.utf8.contains(0x26) else { return s }
    var out: [UInt8] = []
    let bytes = Array(s.utf8)
    out.reserveCapacity(bytes.count)
    var i = 0
    outer: while i < bytes.count {
      if bytes[i] == 0x26 {
        for (entity, value) in entities where i + entity.count <= bytes.count && bytes[i..<(i + entity.count)].elementsEqual(entity) {
          out += value
          i += entity.count
          continue outer
        }
      }
      out.append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
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
        if spaces == 4 { level += 1; spaces = 0 }
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
    if "-+*•".contains(first) {
      let after = s.dropFirst()
      if after.isEmpty || after.first == " " { return (String(first), after.drop { $0 == " " }) }
    }
    if first.isASCII && first.isNumber {
      let digits = s.prefix { $0.isASCII && $0.isNumber }
      let after = s.dropFirst(digits.count)
      if digits.count < 3, let dot = after.first, dot == "." || dot == ")", after.dropFirst().first == " " {
        return (String(digits), after.dropFirst(2).drop { $0 == " " })
      }
    }
    return (nil, s)
  }

  /// Removes emphasis, code ticks, shortcodes and images; collects links and replaces them by their titles.
  static func plainText(_ s: Substring, links: inout [Reference], broken: inout [String]) -> String {
    var scan = InlineScan(Array(s.utf8))
    let out = scan.plain(scan.bytes[...], depth: 0, links: &links, broken: &broken)
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
    if j < s.endIndex, s[j] == 0x2F { j += 1 }
    let nameStart = j
    while j < s.endIndex, ByteText.lowerASCII(s[j]) >= 0x61, ByteText.lowerASCII(s[j]) <= 0x7A { j += 1 }
    guard j > nameStart, j - nameStart <= 6,
      formattingTags.contains(String(decoding: s[nameStart..<j].map(ByteText.lowerASCII), as: UTF8.self)),
      j < s.endIndex, s[j] == 0x3E || s[j] == 0x20
    else { return nil }
    var k = j
    while k < s.endIndex, s[k] != 0x3E {
      if s[k] == 0x3C { return nil }
      k += 1
    }
    return k < s.endIndex ? k + 1 : nil
  }

  static func trimmedBytes(_ b: [UInt8]) -> [UInt8] {
    var lo = 0
    var hi = b.count
    func blank(_ k: Int) -> Bool { b[k] == 0x20 || b[k] == 0x09 }
    func nbspAt(_ k: Int) -> Bool { k + 1 < b.count && b[k] == 0xC2 && b[k + 1] == 0xA0 }
    while lo < hi { if blank(lo) { lo += 1 } else if nbspAt(lo) { lo += 2 } else if lo + 2 < hi, b[lo] == 0xE2, b[lo + 1] == 0x80, b[lo + 2] == 0x83 { lo += 3 } else { break } }
    while hi > lo { if blank(hi - 1) { hi -= 1 } else if hi - 2 >= lo, nbspAt(hi - 2) { hi -= 2 } else { break } }
    return lo == 0 && hi == b.count ? b : Array(b[lo..<hi])
  }


}

/// One linear pass over inline Markdown bytes.
///
/// Every search that could run to the end of the text is done at most once: brackets are
/// matched up front, and a search that found nothing is not repeated, so a cell of 20,000 `[`,
/// `<http`, `{{<` or backticks takes linear time. Link titles nest by recursion, which stops at
/// `maxDepth` so no input can exhaust the stack. Every marker looked for is ASCII, so no
/// character is ever decoded.
struct InlineScan {
  /// Deeper link titles are kept as written.
  static let maxDepth = 8
  let bytes: [UInt8]
  /// The offset of the `]` closing the `[` at each offset, by the usual nesting; -1 when none.
  private let closing: [Int]
  /// Searches that reached the end without finding what they looked for.
  private var noGreaterThan = false
  private var noShortcodeEnd = false
  private var unclosedTickRuns = Set<Int>()

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var closing = [Int](repeating: -1, count: bytes.count)
    var open: [Int] = []
    for (i, b) in bytes.enumerated() {
      if b == 0x5B { open.append(i) } else if b == 0x5D, let o = open.popLast() { closing[o] = i }
    }
    self.closing = closing
  }

  mutating func plain(_ s: ArraySlice<UInt8>, depth: Int, links: inout [Reference], broken: inout [String]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var i = s.startIndex
    let end = s.endIndex
    func text(_ r: Range<Int>) -> String { String(decoding: s[r], as: UTF8.self) }
    func has(_ prefix: StaticString, at k: Int) -> Bool {
      let n = prefix.utf8CodeUnitCount
      guard k + n <= end else { return false }
      let p = prefix.utf8Start
      for m in 0..<n where s[k + m] != p[m] { return false }
      return true
    }
    while i < end {
      let c = s[i]
      switch c {
      case 0x21 where i + 1 < end && s[i + 1] == 0x5B:  // ![alt](src)
        // An image (`![Cloud9](/images/cloud9.png)`) is evidence, neither task text nor a reference.
        if let image = markdownLink(s, at: i + 1), image.url != nil {
          i = image.end
          continue
        }
      case 0x5B:  // [
        if let link = markdownLink(s, at: i) {
          // A URL written as the link's own title (`[https://…](https://…)`) is the same link.
          var titleLinks: [Reference] = []
          let title =
            depth < InlineScan.maxDepth
            ? InlineTextReader.trimmedBytes(plain(s[link.title], depth: depth + 1, links: &titleLinks, broken: &broken))
            : Array(s[link.title])
          let cleanTitle = String(decoding: title, as: UTF8.self)
          if let url = link.url, !url.isEmpty {
            links.append(Reference(title: cleanTitle.isEmpty ? url : cleanTitle, url: url))
          } else {
            broken.append(text(i..<link.end))
          }
          out += title
          i = link.end
          continue
        }
        if let close = labelEnd(s, at: i), close + 1 == end || s[close + 1] != 0x28 {
          let label = (i + 1)..<close
          if !label.isEmpty {
            let title =
              depth < InlineScan.maxDepth
              ? InlineTextReader.trimmedBytes(plain(s[label], depth: depth + 1, links: &links, broken: &broken)) : Array(s[label])
            links.append(Reference(title: String(decoding: title, as: UTF8.self), url: nil))
            out += s[label]
            i = close + 1
            continue
          }
        }
      case 0x3C where !noGreaterThan && has("<http", at: i):  // <https://…>
        if let gt = s[i..<end].firstIndex(of: 0x3E) {
          let url = text((i + 1)..<gt)
          links.append(Reference(title: url, url: url))
          out += s[(i + 1)..<gt]
          i = gt + 1
          continue
        }
        noGreaterThan = true
      case 0x3C:  // <i>, </strong>: formatting tags go, their text stays
        if let after = InlineTextReader.formattingTagEnd(s, at: i) {
          i = after
          continue
        }
      case 0x68 where has("http://", at: i) || has("https://", at: i):  // a bare URL
        var stop = i
        while stop < end, ![0x20, 0x3C, 0x3E, 0x22].contains(s[stop]), !(s[stop] == 0xC2 && stop + 1 < end && s[stop + 1] == 0xA0) {
          stop += 1
        }
        // Trimming never removes a `(`, so whether the URL holds one is decided once.
        let hasParen = s[i..<stop].contains(0x28)
        while stop > i, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29].contains(s[stop - 1]), !(s[stop - 1] == 0x29 && hasParen) {
          stop -= 1
        }
        let url = text(i..<stop)
        links.append(Reference(title: url, url: url))
        out += s[i..<stop]
        i = stop
        continue
      case 0x60:  // a code span keeps its text as written; the ticks go
        var ticks = 0
        while i + ticks < end && s[i + ticks] == 0x60 { ticks += 1 }
        if let closing = unclosedTickRuns.contains(ticks) ? nil : closingTicks(s, from: i + ticks, run: ticks) {
          out += s[(i + ticks)..<closing]
          i = closing + ticks
        } else {
          unclosedTickRuns.insert(ticks)
          i += ticks
        }
        continue
      case 0x2A:  // emphasis
        i += 1
        continue
      case 0x5F where has("__", at: i):
        // `__bold__` is emphasis; `dev__staging` is a name.
        let before = i > s.startIndex ? s[i - 1] : 0x20
        let after = i + 2 < end ? s[i + 2] : 0x20
        if !(InlineTextReader.isWordByte(before) && InlineTextReader.isWordByte(after)) {
          i += 2
          continue
        }
        out += [0x5F, 0x5F]
        i += 2
        continue
      case 0x7B where !noShortcodeEnd && (has("{{<", at: i) || has("{{%", at: i)):  // a Hugo shortcode
        var k = i + 3
        while k + 1 < end, !(s[k] == 0x7D && s[k + 1] == 0x7D) { k += 1 }
        if k + 1 < end {
          i = k + 2
          continue
        }
        noShortcodeEnd = true
      default:
        break
      }
      out.append(c)
      i += 1
    }
    return out
  }

  /// Where a run of exactly `run` backticks starts at or after `from`, or nil.
  private func closingTicks(_ s: ArraySlice<UInt8>, from: Int, run: Int) -> Int? {
    var k = from
    while k < s.endIndex {
      if s[k] == 0x60 {
        var n = 0
        while k + n < s.endIndex && s[k + n] == 0x60 { n += 1 }
        if n == run { return k }
        k += n
      } else {
        k += 1
      }
    }
    return nil
  }

  /// The `]` of a reference-style label `[label]` at `i`: the first `]` within 120 bytes, with
  /// no `[` before it.
  private func labelEnd(_ s: ArraySlice<UInt8>, at i: Int) -> Int? {
    var j = i + 1
    while j < s.endIndex, j - i < 120 {
      if s[j] == 0x5D { return j }
      if s[j] == 0x5B { return nil }
      j += 1
    }
    return nil
  }

  /// `[title](url "optional title")` at `i`: the title's bytes, the URL (nil when the `(` is
  /// never closed) and the offset after the link.
  func markdownLink(_ s: ArraySlice<UInt8>, at i: Int) -> (title: Range<Int>, url: String?, end: Int)? {
    let close = closing[i]
    guard close >= 0, close + 1 < s.endIndex, s[close + 1] == 0x28 else { return nil }
    let title = (i + 1)..<close
    var k = close + 2
    var nesting = 0
    while k < s.endIndex {
      if s[k] == 0x28 { nesting += 1 } else if s[k] == 0x29 {
        if nesting == 0 {
          var url = String(decoding: s[(close + 2)..<k], as: UTF8.self).trimmingSpaces
          // A title after the URL is dropped; a `{{< ref "…" >}}` shortcode is the URL, spaces and all.
          if !url.hasPrefix("{{"), let space = url.firstIndex(of: " ") { url = String(url[..<space]) }
          if url.hasPrefix("<") && url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
          return (title, url, k + 1)
        }
        nesting -= 1
      }
      k += 1
    }
    return (title, nil, s.endIndex)
  }
}
