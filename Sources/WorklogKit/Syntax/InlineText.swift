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

  /// Removes emphasis, code ticks, shortcodes and images; collects links and replaces them by their titles.
  static func plainText(_ s: Substring, links: inout [Reference], broken: inout [String]) -> String {
    var out = ""
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c == "!", s.index(after: i) < s.endIndex, s[s.index(after: i)] == "[",
        let (_, url, end) = markdownLink(s, at: s.index(after: i)), url != nil
      {
        // An image (`![Cloud9](/images/cloud9.png)`) is evidence, neither task text nor a reference.
        i = end
        continue
      }
      if c == "[" {
        if let (title, url, end) = markdownLink(s, at: i) {
          // A URL written as the link's own title (`[https://…](https://…)`) is the same link.
          var titleLinks: [Reference] = []
          let cleanTitle = plainText(title, links: &titleLinks, broken: &broken)
          if let url, !url.isEmpty {
            links.append(Reference(title: cleanTitle.isEmpty ? url : cleanTitle, url: url))
          } else {
            broken.append(String(s[i..<end]))
          }
          out += cleanTitle
          i = end
          continue
        }
        if let close = s[i...].firstIndex(of: "]"), s.index(after: close) == s.endIndex || s[s.index(after: close)] != "(" {
          let label = s[s.index(after: i)..<close]
          if !label.isEmpty, s.distance(from: i, to: close) < 120, !label.contains("[") {
            links.append(Reference(title: plainText(label, links: &links, broken: &broken), url: nil))
            out += label
            i = s.index(after: close)
            continue
          }
        }
      } else if c == "<", s[i...].hasPrefix("<http") {
        if let gt = s[i...].firstIndex(of: ">") {
          let url = String(s[s.index(after: i)..<gt])
          links.append(Reference(title: url, url: url))
          out += url
          i = s.index(after: gt)
          continue
        }
      } else if c == "<", let end = formattingTagEnd(s, at: i) {
        i = end
        continue
      } else if c == "h", s[i...].hasPrefix("http://") || s[i...].hasPrefix("https://") {
        var end = s[i...].firstIndex { $0 == " " || $0 == "\u{00A0}" || $0 == "<" || $0 == ">" || $0 == "\"" } ?? s.endIndex
        while end > i, let last = s[..<end].last, ".,;:!?)".contains(last), !(last == ")" && s[i..<end].contains("(")) {
          end = s.index(before: end)
        }
        let url = String(s[i..<end])
        links.append(Reference(title: url, url: url))
        out += url
        i = end
        continue
      } else if c == "`" {
        if let (code, end) = codeSpan(s, at: i) {
          out += code
          i = end
          continue
        }
        i = s.index(after: i)
        continue
      } else if c == "*" {
        i = s.index(after: i)
        continue
      } else if c == "_", s[i...].hasPrefix("__") {
        // `__bold__` is emphasis; `dev__staging` is a name.
        let end = s.index(i, offsetBy: 2)
        let before = i > s.startIndex ? s[s.index(before: i)] : " "
        let after = end < s.endIndex ? s[end] : " "
        if !(isWordCharacter(before) && isWordCharacter(after)) {
          i = end
          continue
        }
        out += "__"
        i = end
        continue
      } else if c == "{", s[i...].hasPrefix("{{<") || s[i...].hasPrefix("{{%") {
        if let close = s[i...].range(of: "}}") {
          i = close.upperBound
          continue
        }
      }
      out.append(c)
      i = s.index(after: i)
    }
    return out.trimmingSpaces
  }

  /// The text of the code span opening at `i` (kept as written, emphasis marks and all) and the
  /// index after its closing backticks; nil when no run of as many backticks closes it.
  static func codeSpan(_ s: Substring, at i: String.Index) -> (Substring, String.Index)? {
    let run = s[i...].prefix { $0 == "`" }.count
    var j = s.index(i, offsetBy: run)
    let contentStart = j
    while j < s.endIndex {
      guard s[j] == "`" else {
        j = s.index(after: j)
        continue
      }
      let closing = s[j...].prefix { $0 == "`" }.count
      if closing == run { return (s[contentStart..<j], s.index(j, offsetBy: run)) }
      j = s.index(j, offsetBy: closing)
    }
    return nil
  }

  private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

  /// HTML tags that only format their text (`<i>Lab 39</i>`, `<strong>`): dropped, text kept.
  static let formattingTags: Set<String> = [
    "b", "strong", "i", "em", "u", "s", "del", "code", "mark", "sup", "sub", "small", "kbd", "span", "font",
  ]

  /// The index after a formatting tag (opening or closing, attributes allowed) starting at `i`,
  /// or nil when `i` starts anything else (`< 100ms`, `<https://…>`).
  static func formattingTagEnd(_ s: Substring, at i: String.Index) -> String.Index? {
    var j = s.index(after: i)
    if j < s.endIndex, s[j] == "/" { j = s.index(after: j) }
    let name = s[j...].prefix { $0.isASCII && $0.isLetter }
    guard formattingTags.contains(name.lowercased()) else { return nil }
    j = s.index(j, offsetBy: name.count)
    guard j < s.endIndex, s[j] == ">" || s[j] == " " else { return nil }
    guard let close = s[j...].firstIndex(of: ">"), !s[j..<close].contains("<") else { return nil }
    return s.index(after: close)
  }

  /// `[title](url "optional title")` at `i`: the title, the URL (nil when the `(` is never closed)
  /// and the index after the link.
  static func markdownLink(_ s: Substring, at i: String.Index) -> (Substring, String?, String.Index)? {
    var depth = 0
    var j = i
    var close: String.Index?
    while j < s.endIndex {
      if s[j] == "[" { depth += 1 } else if s[j] == "]" {
        depth -= 1
        if depth == 0 { close = j; break }
      }
      j = s.index(after: j)
    }
    guard let close else { return nil }
    let paren = s.index(after: close)
    guard paren < s.endIndex, s[paren] == "(" else { return nil }
    let title = s[s.index(after: i)..<close]
    var k = s.index(after: paren)
    var nesting = 0
    while k < s.endIndex {
      if s[k] == "(" { nesting += 1 } else if s[k] == ")" {
        if nesting == 0 {
          var url = s[s.index(after: paren)..<k].trimmingSpaces
          // A title after the URL is dropped; a `{{< ref "…" >}}` shortcode is the URL, spaces and all.
          if !url.hasPrefix("{{"), let space = url.firstIndex(of: " ") { url = String(url[..<space]) }
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
