extension TemplatePlaceholderRule {
  /// Whether the line `raw` surely holds no placeholder, told from its bytes: most prose lines
  /// are then never read as inline text (`InlineTextReader`) at all.
  ///
  /// The line's bytes before the first markup that may move or hide text (`markupStart`) are
  /// the start of its text, less the leading indentation, list marker and blanks and the
  /// emphasis stars: the whole text, less the trailing blanks, in a line without such markup.
  /// A text longer than 32 bytes is the intern's own unless it opens with a prompt verb
  /// (`placeholder`), and the bytes where the text must begin show whether one can.
  static func surelyNoPlaceholder(_ raw: String) -> Bool {
    var raw = raw
    return raw.withUTF8 { surelyNoPlaceholder($0) }
  }

  /// `surelyNoPlaceholder` of the line whose bytes (valid UTF-8) are `buf`.
  static func surelyNoPlaceholder(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = buf.count
    guard n > 32 else { return false }
    let limit = markupStart(buf)
    // The text begins at or after `from`; `from..<to` less its stars is in it as it is.
    var from = 0
    while from < limit {
      let width = leadingWidth(buf, at: from)
      if width == 0 { break }
      from += width
    }
    var to = limit
    while to > from {
      let width = trailingWidth(buf, before: to)
      if width == 0 { break }
      to -= width
    }
    let letters = to - from - stars(buf, from..<to)
    if letters > 200 { return true }
    guard letters > 32 else { return false }
    // Only `điền` opens with a letter outside ASCII, and `đ` has no decomposed form; no other
    // letter outside ASCII lower-cases to the ASCII letter a verb opens with.
    if buf[from] >= 0x80 { return !(buf[from] == 0xC4 && from + 1 < to && buf[from + 1] & 0xFE == 0x90) }
    return !verbOpenings.contains { opening in
      // The opening against the bytes from `from`, emphasis stars skipped.
      var i = from
      func next() -> UInt8? {
        while i < to && buf[i] == 0x2A { i += 1 }
        return i < to ? buf[i] : nil
      }
      for h in opening.head {
        guard let b = next(), ByteText.lowerASCII(b) == h else { return false }
        i += 1
      }
      guard let base = opening.base else { return true }
      guard let b = next() else { return false }
      return b >= 0x80 || ByteText.lowerASCII(b) == base
    }
  }

  /// Where the first markup that may move or hide text starts in `buf` (its count when there is
  /// none): a `[` (or the `!` of an `![`), `<`, code tick, `{` or `&`, or a `__`. Before it, the
  /// inline reader copies every byte into the text but the emphasis stars (`InlineScan`; a bare
  /// URL stays as written). Eight bytes at a time: a word with none of those bytes and no `_` is
  /// passed whole.
  static func markupStart(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
    let n = buf.count
    let o = ByteWords.ones
    var i = 0
    while i < n {
      if i + 8 <= n {
        let w = ByteWords.word(buf, at: i)
        if !(ByteWords.hasByte(w, 0x5B * o) || ByteWords.hasByte(w, 0x3C * o) || ByteWords.hasByte(w, 0x60 * o)
          || ByteWords.hasByte(w, 0x7B * o) || ByteWords.hasByte(w, 0x26 * o) || ByteWords.hasByte(w, 0x5F * o))
        {
          i += 8
          continue
        }
        for k in i..<(i + 8) {
          if let start = markup(buf, at: k) { return start }
        }
        i += 8
      } else {
        if let start = markup(buf, at: i) { return start }
        i += 1
      }
    }
    return n
  }

  /// Where the markup the byte at `i` belongs to starts, if it is one `markupStart` looks for.
  @inline(__always)
  private static func markup(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    switch buf[i] {
    case 0x5B: return i > 0 && buf[i - 1] == 0x21 ? i - 1 : i  // [, or the ! of ![
    case 0x3C, 0x60, 0x7B, 0x26: return i  // < ` { &
    case 0x5F where i + 1 < buf.count && buf[i + 1] == 0x5F: return i  // __
    default: return nil
    }
  }

  /// The number of `*` in `buf[range]`.
  static func stars(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    var i = range.lowerBound
    let end = range.upperBound
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    while i + 8 <= end {
      // The top bit of each byte of `x` that is not a `*`, exactly: 8 less their number.
      let x = ByteWords.word(buf, at: i) ^ (0x2A * ByteWords.ones)
      let other = ((x & low) &+ low | x) & ByteWords.high
      count += 8 - other.nonzeroBitCount
      i += 8
    }
    while i < end {
      if buf[i] == 0x2A { count += 1 }
      i += 1
    }
    return count
  }

  /// How each prompt verb that starts in ASCII opens: its ASCII start (`m` of `mô tả`, all of
  /// `describe`) and, when a letter outside ASCII follows, that letter's base (`o`), which a
  /// decomposed `ô` starts with.
  static let verbOpenings: [(head: [UInt8], base: UInt8?)] = promptVerbs.compactMap { verb in
    let head = Array(verb.utf8.prefix { $0 < 0x80 })
    guard !head.isEmpty else { return nil }
    let rest = verb.dropFirst(head.count)
    return (head, rest.first.flatMap { vietnameseBases[$0] })
  }

  /// The base letter of the Vietnamese letters the prompt verbs go on with.
  static let vietnameseBases: [Character: UInt8] = ["ô": 0x6F, "ệ": 0x65, "ế": 0x65, "ậ": 0x61, "ạ": 0x61]

  /// The bytes at `i` the reader may drop before a line's text: a blank (space, tab, no-break or
  /// em space), a list marker's byte (`-`, `+`, `*`, `•`, digits, `.`, `)`); 0 for any other.
  private static func leadingWidth(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    switch buf[i] {
    case 0x20, 0x09, 0x2D, 0x2B, 0x2A, 0x2E, 0x29, 0x30...0x39: return 1
    case 0xC2 where i + 1 < buf.count && buf[i + 1] == 0xA0: return 2
    case 0xE2 where i + 2 < buf.count && buf[i + 1] == 0x80 && (buf[i + 2] == 0x83 || buf[i + 2] == 0xA2): return 3
    default: return 0
    }
  }

  /// The bytes before `end` the reader may drop after a line's text: a blank or a star.
  private static func trailingWidth(_ buf: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
    switch buf[end - 1] {
    case 0x20, 0x09, 0x2A: return 1
    case 0xA0 where end >= 2 && buf[end - 2] == 0xC2: return 2
    case 0x83 where end >= 3 && buf[end - 3] == 0xE2 && buf[end - 2] == 0x80: return 3
    default: return 0
    }
  }
}
