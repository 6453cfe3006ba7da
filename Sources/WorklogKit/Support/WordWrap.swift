/// Measures text in terminal columns and breaks it into lines that fit a width.
///
/// No Foundation: widths come from the scalars themselves. A wide character (CJK, emoji) takes
/// two columns, a combining mark none, everything else one; Vietnamese letters, precomposed or
/// not, take one.
package enum WordWrap {
  /// The columns `text` takes on a terminal.
  package static func width(_ text: some StringProtocol) -> Int {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
    var total = 0
    for c in text { total += width(of: c) }
    return total
  }

  /// The columns one character takes: 0, 1 or 2.
  package static func width(of c: Character) -> Int {
    guard let first = c.unicodeScalars.first else { return 0 }
    let v = first.value
    if v < 0x20 || v == 0x7F { return 0 }
    if v < 0x300 { return 1 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if isWide(v) || first.properties.isEmojiPresentation || c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) {
      return 2
    }
    return 1
  }

  private static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
  }

  /// `text` broken into lines of at most `width` columns.
  ///
  /// A newline always breaks. Words are kept whole and separated by one space; a word wider than
  /// the line is split, after a `/` or `-` when one falls in the line. A paragraph's leading
  /// spaces indent every line of it, so nested items stay nested when they wrap. No line ends
  /// in a space; an empty text gives one empty line.
  package static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var text = text
    if let lines = text.withUTF8({ wrapPlain($0, width: width) }) { return lines }
    return wrapCharacters(text, width: width)
  }

  /// `wrap` read character by character: the definition, for any text, and the oracle the
  /// byte path (`wrapPlain`) is tested against.
  package static func wrapCharacters(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let body = paragraph.drop { $0 == " " }
      let indent = min(paragraph.count - body.count, width / 2)
      let pad = String(repeating: " ", count: indent)
      for line in wrapWords(body, width: width - indent) {
        lines.append(line.isEmpty ? "" : pad + line)
      }
    }
    return lines
  }

  /// `wrap` on the bytes of a plain text, nil for any other. Plain: printable ASCII, spaces and
  /// newlines, and the letters and punctuation summaries and names are mostly written in beyond
  /// ASCII (Latin-1 and Latin Extended up to U+02FF, Vietnamese U+1E80-U+1EFF, the dashes,
  /// quotes and `…` of U+2010-U+2027). Each of those scalars is a character of its own one
  /// column wide (none is a mark, a joiner, wide or an emoji, and no carriage return can pair
  /// with a newline), so columns are counted as scalars, and a word is cut between them. The
  /// same steps as `wrapCharacters`, on byte offsets.
  static func wrapPlain(_ buf: UnsafeBufferPointer<UInt8>, width: Int) -> [String]? {
    guard isPlain(buf) else { return nil }
    let n = buf.count
    /// Columns from `a` to `b`: the scalars that start there.
    func columns(_ a: Int, _ b: Int) -> Int {
      var count = 0
      for k in a..<b where buf[k] & 0xC0 != 0x80 { count += 1 }
      return count
    }
    var lines: [String] = []
    var start = 0
    while true {
      var end = start
      while end < n && buf[end] != 0x0A { end += 1 }
      var body = start
      while body < end && buf[body] == 0x20 { body += 1 }
      let indent = min(body - start, width / 2)
      let fit = width - indent
      var line: [UInt8] = []
      var lineWidth = 0
      func emit(_ bytes: some Collection<UInt8>) {
        lines.append(
          bytes.isEmpty ? "" : String(repeating: " ", count: indent) + String(decoding: bytes, as: UTF8.self))
      }
      var i = body
      while i < end {
        while i < end && buf[i] == 0x20 { i += 1 }
        if i == end { break }
        var j = i
        while j < end && buf[j] != 0x20 { j += 1 }
        var restWidth = columns(i, j)
        if lineWidth > 0 && lineWidth + 1 + restWidth <= fit {
          line.append(0x20)
          line += buf[i..<j]
          lineWidth += 1 + restWidth
          i = j
          continue
        }
        if lineWidth > 0 {
          emit(line)
          line = []
          lineWidth = 0
        }
        // A word wider than the line: its head of `fit` columns, cut after its last `/` or `-`
        // when that keeps at least half of the head (`split`).
        var rest = i
        while restWidth > fit {
          var cut = rest
          var taken = 0
          var lastBreak: (at: Int, columns: Int)?
          while taken < fit {
            cut += 1
            while cut < j && buf[cut] & 0xC0 == 0x80 { cut += 1 }
            taken += 1
            if buf[cut - 1] == 0x2F || buf[cut - 1] == 0x2D { lastBreak = (cut, taken) }
          }
          if let lastBreak, lastBreak.at < cut, lastBreak.columns * 2 >= taken {
            cut = lastBreak.at
            taken = lastBreak.columns
          }
          emit(buf[rest..<cut])
          rest = cut
          restWidth -= taken
        }
        line = Array(buf[rest..<j])
        lineWidth = restWidth
        i = j
      }
      emit(line)
      if end == n { break }
      start = end + 1
    }
    return lines
  }

  /// Whether `buf` is plain text for `wrapPlain`.
  static func isPlain(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
    var k = 0
    let n = buf.count
    while k < n {
      let b = buf[k]
      if b < 0x80 {
        guard (b >= 0x20 && b < 0x7F) || b == 0x0A else { return false }
        k += 1
      } else if b >= 0xC2 && b <= 0xCB {
        // U+0080-U+02FF (a String's UTF-8 is valid: the next byte continues it).
        k += 2
      } else if b == 0xE1, k + 1 < n, buf[k + 1] == 0xBA || buf[k + 1] == 0xBB {
        k += 3  // U+1E80-U+1EFF
      } else if b == 0xE2, k + 2 < n, buf[k + 1] == 0x80, buf[k + 2] >= 0x90 && buf[k + 2] <= 0xA7 {
        k += 3  // U+2010-U+2027
      } else {
        return false
      }
    }
    return true
  }

  private static func wrapWords(_ text: Substring, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ") {
      var rest = String(word)
      var restWidth = self.width(rest)
      if lineWidth > 0 && lineWidth + 1 + restWidth <= width {
        line += " " + rest
        lineWidth += 1 + restWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      while restWidth > width {
        let (head, tail) = split(rest, fitting: width)
        lines.append(head)
        rest = tail
        restWidth = self.width(rest)
      }
      line = rest
      lineWidth = restWidth
    }
    lines.append(line)
    return lines
  }

  /// The longest head of `word` that fits, broken after the last `/` or `-` in it when possible.
  private static func split(_ word: String, fitting width: Int) -> (String, String) {
    var used = 0
    var end = word.startIndex
    var lastBreak: String.Index?
    var i = word.startIndex
    while i < word.endIndex {
      let w = self.width(of: word[i])
      if used + w > width && end > word.startIndex { break }
      used += w
      i = word.index(after: i)
      end = i
      if word[word.index(before: i)] == "/" || word[word.index(before: i)] == "-" { lastBreak = i }
    }
    if let lastBreak, lastBreak < end,
      word.distance(from: word.startIndex, to: lastBreak) * 2 >= word.distance(from: word.startIndex, to: end)
    {
      end = lastBreak
    }
    return (String(word[..<end]), String(word[end...]))
  }
}
