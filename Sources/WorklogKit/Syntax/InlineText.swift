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
    var links: [Reference] = []
    var broken: [String] = []
    var items: [TextItem] = []
    for rawLine in splitBreaks(decodeEntities(markdown)) {
      var (level, body) = indentLevel(rawLine)
      let (marker, rest) = stripMarker(body)
      if marker == "+" && level == 1 { level = 2 }
      body = rest
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
    guard s.contains("&") else { return s }
    var out = s
    for (entity, value) in [
      ("&emsp;", "\u{2003}"), ("&ensp;", "\u{2003}"), ("&nbsp;", "\u{00A0}"), ("&#8195;", "\u{2003}"),
      ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&"),
    ] where out.contains(entity) {
      out = out.replacingAll(entity, with: value)
    }
    return out
  }

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

  /// Removes emphasis, code ticks and shortcodes; collects links and replaces them by their titles.
  static func plainText(_ s: Substring, links: inout [Reference], broken: inout [String]) -> String {
    InlineScan(s).plainText(s, depth: 0, links: &links, broken: &broken)
  }

  /// `[title](url "optional title")` at `i`: the title, the URL (nil when the `(` is never closed)
  /// and the index after the link.
  static func markdownLink(_ s: Substring, at i: String.Index) -> (Substring, String?, String.Index)? {
    InlineScan(s).markdownLink(s, at: i)
  }
}

/// One linear pass over inline Markdown.
///
/// Every search that could run to the end of the text is done at most once per text: brackets
/// are matched up front, and a search that found nothing is not repeated, so a cell of 20,000
/// `[` or `<http` takes linear time. Link titles nest by recursion, which stops at
/// `InlineScan.maxDepth` so no input can exhaust the stack.
struct InlineScan {
  /// Deeper link titles are kept as written.
  static let maxDepth = 8
  /// The `]` closing each `[`, by the usual nesting.
  let closing: [String.Index: String.Index]

  init(_ s: Substring) {
    var closing: [String.Index: String.Index] = [:]
    var open: [String.Index] = []
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c == "[" { open.append(i) } else if c == "]", let o = open.popLast() { closing[o] = i }
      i = s.index(after: i)
    }
    self.closing = closing
  }

  func plainText(_ s: Substring, depth: Int, links: inout [Reference], broken: inout [String]) -> String {
    var out = ""
    // Set when a search to the end of `s` found nothing: it would find nothing later either.
    var noGreaterThan = false
    var noShortcodeEnd = false
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c == "[" {
        if let (title, url, end) = markdownLink(s, at: i) {
          let cleanTitle =
            depth < InlineScan.maxDepth ? plainText(title, depth: depth + 1, links: &links, broken: &broken) : String(title).trimmingSpaces
          if let url, !url.isEmpty {
            links.append(Reference(title: cleanTitle.isEmpty ? url : cleanTitle, url: url))
          } else {
            broken.append(String(s[i..<end]))
          }
          out += cleanTitle
          i = end
          continue
        }
        if let close = labelEnd(s, at: i), s.index(after: close) == s.endIndex || s[s.index(after: close)] != "(" {
          let label = s[s.index(after: i)..<close]
          if !label.isEmpty {
            links.append(Reference(title: plainText(label, depth: depth + 1, links: &links, broken: &broken), url: nil))
            out += label
            i = s.index(after: close)
            continue
          }
        }
      } else if c == "<", !noGreaterThan, s[i...].hasPrefix("<http") {
        if let gt = s[i...].firstIndex(of: ">") {
          let url = String(s[s.index(after: i)..<gt])
          links.append(Reference(title: url, url: url))
          out += url
          i = s.index(after: gt)
          continue
        }
        noGreaterThan = true
      } else if c == "h", s[i...].hasPrefix("http://") || s[i...].hasPrefix("https://") {
        var end = s[i...].firstIndex { $0 == " " || $0 == "\u{00A0}" || $0 == "<" || $0 == ">" || $0 == "\"" } ?? s.endIndex
        // Trimming never removes a `(`, so whether the URL holds one is decided once.
        let hasOpenParen = s[i..<end].contains("(")
        while end > i, let last = s[..<end].last, ".,;:!?)".contains(last), !(last == ")" && hasOpenParen) {
          end = s.index(before: end)
        }
        let url = String(s[i..<end])
        links.append(Reference(title: url, url: url))
        out += url
        i = end
        continue
      } else if c == "*" || c == "`" || (c == "_" && s[i...].hasPrefix("__")) {
        i = s.index(after: i)
        continue
      } else if c == "{", !noShortcodeEnd, s[i...].hasPrefix("{{<") || s[i...].hasPrefix("{{%") {
        if let close = s[i...].range(of: "}}") {
          i = close.upperBound
          continue
        }
        noShortcodeEnd = true
      }
      out.append(c)
      i = s.index(after: i)
    }
    return out.trimmingSpaces
  }

  /// The `]` of a reference-style label `[label]` at `i`: the first `]` within 120 characters,
  /// with no `[` before it.
  private func labelEnd(_ s: Substring, at i: String.Index) -> String.Index? {
    var j = s.index(after: i)
    var distance = 1
    while j < s.endIndex, distance < 120 {
      if s[j] == "]" { return j }
      if s[j] == "[" { return nil }
      j = s.index(after: j)
      distance += 1
    }
    return nil
  }

  /// `[title](url "optional title")` at `i`: the title, the URL (nil when the `(` is never closed)
  /// and the index after the link.
  func markdownLink(_ s: Substring, at i: String.Index) -> (Substring, String?, String.Index)? {
    guard let close = closing[i], close < s.endIndex else { return nil }
    let paren = s.index(after: close)
    guard paren < s.endIndex, s[paren] == "(" else { return nil }
    let title = s[s.index(after: i)..<close]
    var k = s.index(after: paren)
    var nesting = 0
    while k < s.endIndex {
      if s[k] == "(" { nesting += 1 } else if s[k] == ")" {
        if nesting == 0 {
          var url = s[s.index(after: paren)..<k].trimmingSpaces
          if let space = url.firstIndex(of: " ") { url = String(url[..<space]) }
          if url.hasPrefix("<") && url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
          return (title, url, s.index(after: k))
        }
        nesting -= 1
      }
      k = s.index(after: k)
    }
    return (title, nil, s.endIndex)
  }
}
