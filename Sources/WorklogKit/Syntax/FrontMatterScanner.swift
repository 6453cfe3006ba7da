/// Reads the front matter block at the top of a page and the YAML subset inside it.
enum FrontMatterScanner {
  /// Scans `file` from its first line.
  static func scan(_ file: SourceFile) -> FrontMatter {
    let bytes = file.bytes
    var firstLine = 1
    // Blank lines before the fence are tolerated; Hugo tolerates none, but the rules say so.
    while firstLine <= file.lineCount, ByteText.trimmed(bytes, file.byteRange(ofLine: firstLine)).isEmpty {
      firstLine += 1
    }
    guard firstLine <= file.lineCount else {
      return FrontMatter(fence: .missing, range: nil, entries: [], unreadableLines: [], bodyStartLine: 1)
    }
    let open = ByteText.trimmed(bytes, file.byteRange(ofLine: firstLine))
    if isFence(bytes, open, "+++") {
      let close = (firstLine + 1...max(firstLine + 1, file.lineCount)).first {
        $0 <= file.lineCount && isFence(bytes, ByteText.trimmed(bytes, file.byteRange(ofLine: $0)), "+++")
      }
      let end = close ?? file.lineCount
      // Unclosed, the rest of the page is not read as TOML: it is the body.
      var reader = TOMLFrontMatterReader(file: file)
      if let close { reader.read(lines: (firstLine + 1)..<close) }
      return FrontMatter(
        fence: .toml, range: file.range(file.lineStarts[firstLine - 1]..<file.lineEnds[end - 1]),
        entries: reader.entries, unreadableLines: reader.unreadable, bodyStartLine: min(end + 1, file.lineCount))
    }
    // `{` opens JSON front matter; `{{` is a shortcode in the body.
    if bytes[open.lowerBound] == 0x7B, open.count == 1 || bytes[open.lowerBound + 1] != 0x7B {
      return json(file, firstLine: firstLine, open: open.lowerBound)
    }
    guard isFence(bytes, open, "---") else {
      return FrontMatter(fence: .missing, range: nil, entries: [], unreadableLines: [], bodyStartLine: 1)
    }
    var line = firstLine + 1
    var closing: Int?
    while line <= file.lineCount {
      let r = file.byteRange(ofLine: line)
      let t = ByteText.trimmed(bytes, r)
      // A closing fence starts at column 1; `...` also ends a YAML document.
      if r.lowerBound == t.lowerBound && (isFence(bytes, t, "---") || isFence(bytes, t, "...")) {
        closing = line
        break
      }
      line += 1
    }
    var reader = EntryReader(file: file)
    if let close = closing {
      reader.read(lines: (firstLine + 1)..<close, stopAtStrangeLine: false)
      // An unreadable line at the margin (indented ones may be a value we do not read).
      if reader.unreadable.contains(where: { $0.range.start.column == 1 }), containsMarkdownHeading(file, (firstLine + 1)..<close) {
        // Not YAML but a page body: the front matter was never closed, and the `---` found is
        // the body's thematic break.
        closing = nil
        reader = EntryReader(file: file)
      }
    }
    if let closing {
      return FrontMatter(
        fence: .yaml, range: file.range(file.lineStarts[firstLine - 1]..<file.lineEnds[closing - 1]),
        entries: reader.entries, unreadableLines: reader.unreadable, bodyStartLine: closing + 1)
    }
    // Unterminated: take key-value lines up to the first line that is neither one nor blank.
    let last = reader.read(lines: (firstLine + 1)..<(file.lineCount + 1), stopAtStrangeLine: true)
    return FrontMatter(
      fence: .unterminated, range: file.range(file.lineStarts[firstLine - 1]..<file.lineEnds[max(firstLine, last) - 1]),
      entries: reader.entries, unreadableLines: [], bodyStartLine: last + 1)
  }

  /// JSON front matter from the `{` at `open` to its `}`; never closed, it is unterminated and
  /// the body starts after the last member read.
  private static func json(_ file: SourceFile, firstLine: Int, open: Int) -> FrontMatter {
    var reader = JSONFrontMatterReader(file: file)
    let start = file.lineStarts[firstLine - 1]
    if let close = reader.read(from: open) {
      let last = file.line(containing: close - 1)
      return FrontMatter(
        fence: .json, range: file.range(start..<close), entries: reader.entries, unreadableLines: reader.unreadable,
        bodyStartLine: last + 1)
    }
    let last = reader.entries.last.map { $0.value.range.end.line } ?? firstLine
    return FrontMatter(
      fence: .unterminated, range: file.range(start..<file.lineEnds[last - 1]), entries: reader.entries, unreadableLines: [],
      bodyStartLine: last + 1)
  }

  /// Whether a line in `lines` reads as a Markdown heading (`### Week 3 Objectives`), which YAML
  /// would take for a comment.
  private static func containsMarkdownHeading(_ file: SourceFile, _ lines: Range<Int>) -> Bool {
    lines.contains { line in
      let t = ByteText.trimmed(file.bytes, file.byteRange(ofLine: line))
      var i = t.lowerBound
      while i < t.upperBound && file.bytes[i] == 0x23 { i += 1 }
      let level = i - t.lowerBound
      return (2...6).contains(level) && i < t.upperBound && ByteText.isBlank(file.bytes[i])
    }
  }

  /// Whether `range` holds exactly three `marker` characters (trailing blanks already trimmed).
  private static func isFence(_ bytes: [UInt8], _ range: Range<Int>, _ marker: StaticString) -> Bool {
    range.count == 3 && ByteText.hasPrefix(bytes, at: range.lowerBound, end: range.upperBound, marker)
  }

  /// Reads `key: value` lines, block lists under a key, and nested maps (kept as unreadable).
  private struct EntryReader {
    let file: SourceFile
    var entries: [FrontMatterEntry] = []
    var unreadable: [Located<String>] = []

    /// Reads `lines`; returns the last line taken as part of the front matter.
    @discardableResult
    mutating func read(lines: Range<Int>, stopAtStrangeLine: Bool) -> Int {
      let bytes = file.bytes
      var lastTaken = lines.lowerBound - 1
      var line = lines.lowerBound
      while line < lines.upperBound {
        let r = file.byteRange(ofLine: line)
        let t = ByteText.trimmed(bytes, r)
        if t.isEmpty || bytes[t.lowerBound] == 0x23 {  // blank or # comment
          line += 1
          continue
        }
        let indented = t.lowerBound > r.lowerBound
        if indented || bytes[t.lowerBound] == 0x2D {
          // A continuation (list item or nested map) of the previous key.
          if let last = entries.indices.last, appendContinuation(to: last, t) {
            lastTaken = line
          } else if stopAtStrangeLine {
            return lastTaken
          } else {
            unreadable.append(Located(file.text(bytes: t), file.range(t)))
          }
          line += 1
          continue
        }
        guard let colon = keyColon(bytes, t) else {
          if stopAtStrangeLine { return lastTaken }
          unreadable.append(Located(file.text(bytes: t), file.range(t)))
          line += 1
          continue
        }
        let keyRange = ByteText.trimmed(bytes, t.lowerBound..<colon)
        let valueRange = ByteText.trimmed(bytes, (colon + 1)..<t.upperBound)
        let value = YAMLScalar.read(bytes, valueRange)
        entries.append(
          FrontMatterEntry(
            key: Located(file.text(bytes: keyRange), file.range(keyRange)),
            value: Located(value, file.range(valueRange.isEmpty ? keyRange : valueRange)),
            raw: file.text(bytes: valueRange)))
        lastTaken = line
        line += 1
      }
      return stopAtStrangeLine ? lastTaken : lines.upperBound
    }

    /// The offset of the colon ending a plain key (`title:` or `date :`), if the line is `key: value`.
    private func keyColon(_ bytes: [UInt8], _ t: Range<Int>) -> Int? {
      var i = t.lowerBound
      while i < t.upperBound {
        let b = bytes[i]
        if b == 0x3A {
          let next = i + 1
          return next == t.upperBound || ByteText.isBlank(bytes[next]) ? (i > t.lowerBound ? i : nil) : nil
        }
        // Keys are names: letters, digits, `_`, `-`, spaces (before a spaced colon), or non-ASCII.
        if !(b >= 0x80 || b == 0x5F || b == 0x2D || b == 0x20 || b == 0x2E
          || (b >= 0x30 && b <= 0x39) || (ByteText.lowerASCII(b) >= 0x61 && ByteText.lowerASCII(b) <= 0x7A))
        {
          return nil
        }
        i += 1
      }
      return nil
    }

    /// Adds an indented or dash line to entry `index`: a list item, or a nested map made unreadable.
    private mutating func appendContinuation(to index: Int, _ t: Range<Int>) -> Bool {
      let bytes = file.bytes
      var entry = entries[index]
      // Emptied while this copy is edited, so the item list is not shared and appends in place
      // (a copy per item made a long list quadratic).
      entries[index].value.value = .null
      let isItem = bytes[t.lowerBound] == 0x2D && (t.count == 1 || ByteText.isBlank(bytes[t.lowerBound + 1]))
      switch entry.value.value {
      case .null, .list:
        if isItem {
          let itemRange = ByteText.trimmed(bytes, (t.lowerBound + 1)..<t.upperBound)
          var items: [String] = []
          if case .list(let existing) = entry.value.value { items = existing }
          entry.value.value = .null
          items.append(YAMLScalar.read(bytes, itemRange).text ?? file.text(bytes: itemRange))
          entry.value.value = .list(items)
        } else {
          entry.value.value = .unreadable(reason: "a nested map, which worklog does not read")
        }
        entry.value.range.end = file.location(at: t.upperBound)
        entries[index] = entry
        return true
      case .unreadable:
        entry.value.range.end = file.location(at: t.upperBound)
        entries[index] = entry
        return true
      default:
        entries[index] = entry
        return false
      }
    }
  }
}

/// Reads one YAML scalar (or flow list) in the plain, single- or double-quoted style.
enum YAMLScalar {
  /// Flow lists nested deeper than this are read as plain text: each level was a recursion
  /// (`tags: [[[[…` 15,000 deep overflowed the stack) and a scan of the whole value.
  static let maxListDepth = 8

  static func read(_ bytes: [UInt8], _ range: Range<Int>, depth: Int = 0) -> FrontMatterValue {
    guard !range.isEmpty else { return .null }
    let first = bytes[range.lowerBound]
    if first == 0x21 { return tagged(bytes, range, depth: depth) }
    if first == 0x22 || first == 0x27 { return quoted(bytes, range, quote: first) }
    if first == 0x5B && depth < maxListDepth { return flowList(bytes, range, depth: depth) }
    // A plain scalar ends before ` #`.
    var end = range.upperBound
    var i = range.lowerBound
    while i + 1 < range.upperBound {
      if ByteText.isBlank(bytes[i]) && bytes[i + 1] == 0x23 { end = i; break }
      i += 1
    }
    let text = String(decoding: bytes[ByteText.trimmed(bytes, range.lowerBound..<end)], as: UTF8.self)
    return plain(text)
  }

  /// Types a plain scalar the way YAML 1.2's core schema does, plus dates as Hugo reads them.
  static func plain(_ text: String) -> FrontMatterValue {
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .boolean(true)
    case "false", "False", "FALSE": return .boolean(false)
    default: break
    }
    let u = Array(text.utf8)
    var digitsStart = 0
    if u.first == 0x2D || u.first == 0x2B { digitsStart = 1 }
    if digitsStart < u.count, u[digitsStart...].allSatisfy(ByteText.isDigit), u.count - digitsStart <= 18 {
      let value = Int(text) ?? 0
      return .integer(value, leadingZero: u.count - digitsStart > 1 && u[digitsStart] == 0x30)
    }
    if let date = CalendarDate.parseISO(text) {
      return u.count == 10 ? .date(date) : .dateTime(date, text)
    }
    if u.contains(0x2E), u.allSatisfy({ ByteText.isDigit($0) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45 }),
      let f = Double(text)
    {
      return .float(f)
    }
    return .string(text, quoted: false)
  }

  /// `!!int "4"`, `!!str 08`: the value after the tag, typed as the tag says. An unknown tag
  /// (`!custom`) leaves the value as it reads.
  private static func tagged(_ bytes: [UInt8], _ range: Range<Int>, depth: Int) -> FrontMatterValue {
    var i = range.lowerBound
    while i < range.upperBound && !ByteText.isBlank(bytes[i]) { i += 1 }
    let tag = String(decoding: bytes[range.lowerBound..<i], as: UTF8.self)
    let rest = ByteText.trimmed(bytes, i..<range.upperBound)
    let value = read(bytes, rest, depth: depth)
    let text: String
    switch value {
    case .string(let s, _): text = s
    case .list, .unreadable, .table: return value
    default: text = String(decoding: bytes[rest], as: UTF8.self)
    }
    switch tag {
    case "!!str": return .string(text, quoted: true)
    case "!!int": return Int(text.trimmingSpaces).map { .integer($0, leadingZero: false) } ?? .unreadable(reason: "'\(text)' is not an integer")
    case "!!float": return Double(text.trimmingSpaces).map { .float($0) } ?? .unreadable(reason: "'\(text)' is not a number")
    case "!!bool":
      switch text.trimmingSpaces.lowercased() {
      case "true": return .boolean(true)
      case "false": return .boolean(false)
      default: return .unreadable(reason: "'\(text)' is not true or false")
      }
    case "!!timestamp": return CalendarDate.parseISO(text.trimmingSpaces).map { text.utf8.count == 10 ? .date($0) : .dateTime($0, text) } ?? value
    default: return value
    }
  }

  private static func quoted(_ bytes: [UInt8], _ range: Range<Int>, quote: UInt8) -> FrontMatterValue {
    var out: [UInt8] = []
    var i = range.lowerBound + 1
    while i < range.upperBound {
      let b = bytes[i]
      if b == quote {
        if quote == 0x27 && i + 1 < range.upperBound && bytes[i + 1] == 0x27 {
          out.append(0x27)
          i += 2
          continue
        }
        let rest = ByteText.trimmed(bytes, (i + 1)..<range.upperBound)
        if !rest.isEmpty && bytes[rest.lowerBound] != 0x23 {
          return .unreadable(reason: "text after the closing quote")
        }
        return .string(String(decoding: out, as: UTF8.self), quoted: true)
      }
      if quote == 0x22 && b == 0x5C && i + 1 < range.upperBound {
        let e = bytes[i + 1]
        switch e {
        case 0x6E: out.append(0x0A)
        case 0x74: out.append(0x09)
        case 0x22, 0x5C, 0x2F: out.append(e)
        default: out.append(0x5C); out.append(e)
        }
        i += 2
        continue
      }
      out.append(b)
      i += 1
    }
    return .unreadable(reason: "the closing quote is missing")
  }

  private static func flowList(_ bytes: [UInt8], _ range: Range<Int>, depth: Int) -> FrontMatterValue {
    guard bytes[range.upperBound - 1] == 0x5D else { return .unreadable(reason: "the closing ] is missing") }
    let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
    var items: [String] = []
    var start = inner.lowerBound
    var i = inner.lowerBound
    while i <= inner.upperBound {
      if i == inner.upperBound || bytes[i] == 0x2C {
        let item = ByteText.trimmed(bytes, start..<i)
        if !item.isEmpty { items.append(read(bytes, item, depth: depth + 1).text ?? "") }
        start = i + 1
      }
      i += 1
    }
    return .list(items)
  }
}
