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
    if bytes[open.lowerBound] == UInt8(ascii: "{"), open.count == 1 || bytes[open.lowerBound + 1] != UInt8(ascii: "{") {
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
      if reader.unreadable.contains(where: { $0.range.start.column == 1 }),
        containsMarkdownHeading(file, (firstLine + 1)..<close)
      {
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
      fence: .unterminated, range: file.range(start..<file.lineEnds[last - 1]), entries: reader.entries,
      unreadableLines: [],
      bodyStartLine: last + 1)
  }

  /// Whether a line in `lines` reads as a Markdown heading (`### Week 3 Objectives`), which YAML
  /// would take for a comment.
  private static func containsMarkdownHeading(_ file: SourceFile, _ lines: Range<Int>) -> Bool {
    lines.contains { line in
      let t = ByteText.trimmed(file.bytes, file.byteRange(ofLine: line))
      var i = t.lowerBound
      while i < t.upperBound && file.bytes[i] == UInt8(ascii: "#") { i += 1 }
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
        if t.isEmpty || bytes[t.lowerBound] == UInt8(ascii: "#") {  // blank or # comment
          line += 1
          continue
        }
        let indented = t.lowerBound > r.lowerBound
        if indented || bytes[t.lowerBound] == UInt8(ascii: "-") {
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
        if b == UInt8(ascii: ":") {
          let next = i + 1
          return next == t.upperBound || ByteText.isBlank(bytes[next]) ? (i > t.lowerBound ? i : nil) : nil
        }
        // Keys are names: letters, digits, `_`, `-`, spaces (before a spaced colon), or non-ASCII.
        if !(b >= 0x80 || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: " ")
          || b == UInt8(ascii: ".")
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
      let isItem =
        bytes[t.lowerBound] == UInt8(ascii: "-") && (t.count == 1 || ByteText.isBlank(bytes[t.lowerBound + 1]))
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
