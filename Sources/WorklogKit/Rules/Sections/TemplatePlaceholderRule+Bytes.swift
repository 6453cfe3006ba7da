extension TemplatePlaceholderRule {
  /// How to name the template line `line` of `source` if it is a placeholder: the rule's
  /// reading of a line, which `summary` and `status` count too (`LoggedDays.placeholders`).
  ///
  /// The screen of the line's bytes comes first: it settles most prose without the line's text
  /// ever being made. A line holding invalid UTF-8 is screened as its text, whose bytes differ.
  static func placeholder(_ line: TemplateText.Line, of source: SourceFile) -> String? {
    if source.isValidUTF8(line.content) {
      let screened = source.bytes.withUnsafeBufferPointer {
        surelyNoPlaceholder(UnsafeBufferPointer(rebasing: $0[line.content]))
      }
      if screened { return nil }
      return placeholder(source.bytes, line.content, raw: line.raw(in: source))
    }
    let raw = line.raw(in: source)
    if surelyNoPlaceholder(raw) { return nil }
    return placeholder(source.bytes, line.content, raw: raw)
  }

  /// How to name the template line at `range` of `bytes` if it is a placeholder, as
  /// `placeholder(InlineTextReader.read(raw).text)` names it, `raw` being the line as a `String`.
  ///
  /// A line of plain text (`ScalarCharacters`) without the markup that moves or hides text has
  /// its text made from its bytes (`PlainLineText`); any other line is read as the `String`
  /// `raw` (made only then). The rule screens lines by `surelyNoPlaceholder` first.
  static func placeholder(_ bytes: [UInt8], _ range: Range<Int>, raw: @autoclosure () -> String) -> String? {
    guard let text = bytes.withUnsafeBufferPointer({ PlainLineText.string($0, range) }) else {
      return placeholder(InlineTextReader.read(raw()).text)
    }
    return placeholder(text)
  }

  /// Whether the plain text `t` (its bytes, every scalar a character) may be a placeholder.
  ///
  /// A text over 200 bytes is none. Otherwise its first character past white space and the
  /// `.`, `:`, `!`, `…` a stand-in may carry decides: a placeholder's words open with one of `placeholderFirstLetters` (or `đ`), and of the plain
  /// scalars only `İ` lower-cases to an ASCII letter (`PlaceholderBytesTests`). A text of
  /// nothing else may be all dots.
  static func mayOpenPlaceholder(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = t.count
    if n > 200 { return false }
    var i = 0
    while i < n {
      let b = t[i]
      if b == 0x20 || (b >= 0x09 && b <= 0x0D) || b == 0x2E || b == 0x3A || b == 0x21 {
        i += 1
      } else if i + 1 < n, b == 0xC2, t[i + 1] == 0x85 || t[i + 1] == 0xA0 {
        i += 2
      } else if i + 2 < n, b == 0xE2, t[i + 1] == 0x80, t[i + 2] <= 0x8A || t[i + 2] == 0xA6 {
        i += 3
      } else {
        break
      }
    }
    guard i < n else { return true }
    let b = t[i]
    if b >= 0x80 {
      // đ, Đ (C4 91, C4 90) and İ (C4 B0).
      guard b == 0xC4, i + 1 < n, t[i + 1] & 0xFE == 0x90 || t[i + 1] == 0xB0 else { return false }
    } else if !placeholderFirstLetters.contains(ByteText.lowerASCII(b)) {
      return false
    }
    return true
  }

  /// The ASCII letters the words of a placeholder open with: the stand-ins, the section nouns
  /// and the prompt verbs.
  static let placeholderFirstLetters: Set<UInt8> = Set(
    (Array(standIns) + sectionNouns + promptVerbs).compactMap { $0.utf8.first }.filter { $0 < 0x80 })

  /// Whether the ASCII text `t`, which holds a letter, surely is no placeholder: it holds none of
  /// `asciiPlaceholderWords`, in any case.
  ///
  /// Every placeholder `placeholderByWords` names holds such a word or no letter: a stand-in
  /// (`tbd`, `updating`, `coming soon`), a section noun and a number, or a prompt naming a topic;
  /// the nouns and topics written outside ASCII cannot be in ASCII text. Text with a byte
  /// outside ASCII, or with no letter (`...`), is not answered for (false).
  static func lacksPlaceholderWord(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
    var letter = false
    for b in t {
      if b >= 0x80 { return false }
      let lower = b | 0x20
      if lower >= 0x61 && lower <= 0x7A { letter = true }
    }
    guard letter else { return false }
    return !asciiWordTable.occurs(in: t)
  }

  /// The ASCII words one of which every placeholder with a letter holds (`lacksPlaceholderWord`):
  /// the ASCII prompt topics (the section nouns among them) and the first word of each ASCII stand-in.
  static let asciiPlaceholderWords: [[UInt8]] =
    (promptTopics
    + standIns.sorted().compactMap {
      $0.split(separator: " ").first.map(String.init)
    }).filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

  /// `asciiPlaceholderWords`, laid out for the search.
  static let asciiWordTable = PlaceholderWordTable(asciiPlaceholderWords)
}
