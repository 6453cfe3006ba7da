/// Reads the section labels a page writes inline, its text on the same line
/// (`**Main objective:** train a baseline model`, `Goal: automate the pipeline.`).
///
/// The parser keeps the kinds they name as `Worklog.inlineLabels`: a page that states its
/// objectives that way has them, though it has no objectives heading.
enum InlineLabels {
  /// The section kinds named by a label opening a text or list line of `lines`.
  static func read(_ file: SourceFile, _ lines: ArraySlice<MarkdownLine>) -> Set<SectionKind> {
    var kinds = Set<SectionKind>()
    for line in lines {
      switch line.kind {
      case .text, .listItem: break
      default: continue
      }
      // A label opens with `**` or ends at a `:`: a line with neither is not read into a string.
      guard mayHoldLabel(file.bytes, line.content) else { continue }
      let found = label(file.bytes, line.content) ?? label(file.text(bytes: line.content))
      if let kind = found { kinds.insert(kind) }
    }
    return kinds
  }

  /// `label` read from the bytes of a line whose every scalar is a character of its own
  /// (`ScalarCharacters`): the label found, cut, trimmed, counted and split by bytes, and only
  /// the label's name made a `String`. `.some(nil)` when the line opens no label; nil when the
  /// bytes cannot settle it and the line must be read as a `String`.
  static func label(_ bytes: [UInt8], _ range: Range<Int>) -> SectionKind?? {
    let name: Range<Int>?? = bytes.withUnsafeBufferPointer { b in
      guard ScalarCharacters.areCharacters(b, range) else { return nil }
      let start = range.lowerBound
      let end = range.upperBound
      let label: Range<Int>
      let rest: Range<Int>
      if end - start >= 2, b[start] == 0x2A, b[start + 1] == 0x2A {
        var close = start + 2
        while close + 1 < end, !(b[close] == 0x2A && b[close + 1] == 0x2A) { close += 1 }
        guard close + 1 < end else { return .some(nil) }
        label = (start + 2)..<close
        rest = (close + 2)..<end
      } else {
        var colon = start
        while colon < end, b[colon] != 0x3A { colon += 1 }
        guard colon < end else { return .some(nil) }
        label = start..<colon
        rest = (colon + 1)..<end
      }
      var lo = label.lowerBound
      var hi = label.upperBound
      while lo < hi, b[lo] == 0x20 || b[lo] == 0x3A { lo += 1 }
      while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x3A { hi -= 1 }
      guard lo < hi, ScalarCharacters.count(b, lo..<hi) <= 40 else { return .some(nil) }
      var words = 0
      var inWord = false
      for i in lo..<hi {
        let space = b[i] == 0x20
        if !space && !inWord { words += 1 }
        inWord = !space
      }
      guard words <= 4, rest.contains(where: { b[$0] != 0x20 && b[$0] != 0x3A && b[$0] != 0x2A }) else {
        return .some(nil)
      }
      return .some(lo..<hi)
    }
    guard let name else { return nil }
    guard let name else { return .some(nil) }
    return .some(Vocabulary.sectionKind(String(decoding: bytes[name], as: UTF8.self)))
  }

  /// The kind a line's opening label names, when text follows it on the line: the reference,
  /// and the reading of lines the bytes cannot settle.
  static func label(_ raw: String) -> SectionKind? {
    let label: String
    let rest: String
    if raw.hasPrefix("**") {
      let afterOpen = raw.dropFirst(2)
      guard let close = afterOpen.range(of: "**") else { return nil }
      label = String(afterOpen[..<close.lowerBound])
      rest = String(afterOpen[close.upperBound...])
    } else {
      guard let colon = raw.firstIndex(ofASCII: UInt8(ascii: ":")) else { return nil }
      label = String(raw[..<colon])
      // The `:` is one byte: the character after it starts on the next.
      rest = String(raw[raw.utf8.index(after: colon)...])
    }
    let name = label.trimmingCharacters(in: " :")
    guard
      !name.isEmpty && name.count <= 40 && name.split(separator: " ").count <= 4
        && !rest.trimmingCharacters(in: " :*").isEmpty
    else { return nil }
    return Vocabulary.sectionKind(name)
  }

  /// Whether the bytes in `range` start with `**` or hold a `:`.
  static func mayHoldLabel(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    if range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "*"), bytes[range.lowerBound + 1] == UInt8(ascii: "*")
    {
      return true
    }
    return bytes[range].contains(UInt8(ascii: ":"))
  }
}
