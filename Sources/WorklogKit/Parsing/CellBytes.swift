/// Byte checks that answer the questions a table cell's text is asked, exactly as the
/// `String` and `Character` code they stand in for would, without making a `String`.
///
/// These run on every cell of every table: each either answers from the UTF-8 bytes when that
/// is certain, or falls back to the `Character` code it replaces.
enum CellBytes {
  /// Whether `text` holds an ASCII digit.
  static func hasDigit(_ text: String) -> Bool { text.utf8.contains { ByteText.isDigit($0) } }

  /// Whether `text` holds no character but white space (`trimmingSpaces.isEmpty`).
  static func isBlank(_ text: String) -> Bool {
    // A character holding an ASCII byte that is not white space is not white space: that
    // byte starts it, or a prepended (non-space) scalar does.
    if text.utf8.contains(where: { $0 < 0x80 && !ByteText.isASCIISpace($0) }) { return false }
    return text.trimmingSpaces.isEmpty
  }

  /// Whether `Int(text.filter { $0 != "*" && $0 != "." })` is a number below 100.
  ///
  /// `Int` reads an optional sign and ASCII digits; a `*` or `.` that is not a character of
  /// its own joins a scalar that is neither, so dropping every such byte reads the same.
  static func isSmallNumber(_ text: String) -> Bool {
    var sign: UInt8 = 0
    var value = 0
    var digits = 0
    var first = true
    for b in text.utf8 {
      if b == UInt8(ascii: "*") || b == UInt8(ascii: ".") { continue }
      defer { first = false }
      if first, b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
        sign = b
        continue
      }
      guard ByteText.isDigit(b) else { return false }
      digits += 1
      value = min(value * 10 + Int(b - 0x30), 1000)
    }
    guard digits > 0 else { return false }
    return sign == UInt8(ascii: "-") ? value == 0 : value < 100
  }

  /// Whether `text.count <= limit` (characters), without counting past `limit`.
  static func hasAtMost(_ limit: Int, charactersIn text: String) -> Bool {
    if text.utf8.count <= limit { return true }
    guard let i = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) else { return true }
    return i == text.endIndex
  }

  /// Whether `text` could be a placeholder to `TaskText.isPlaceholder`: false when it holds an
  /// ASCII digit or a letter that no placeholder word has (folding keeps ASCII letters ASCII).
  static func mayBePlaceholder(_ text: String) -> Bool {
    for b in text.utf8 where b < 0x80 {
      if ByteText.isDigit(b) { return false }
      let l = b | 0x20
      guard l >= 0x61 && l <= 0x7A else { continue }
      if !placeholderLetters[Int(l - 0x61)] { return false }
    }
    return true
  }

  /// The letters of `n/a`, `none`, `nil`, `null`, `tbd`, `không có`, `trống`, `x`, by `a`…`z`.
  private static let placeholderLetters: [Bool] = (0..<26).map { i in
    "abcdeghiklnortux".utf8.contains(UInt8(0x61 + i))
  }

  /// `text.split(separator: " ").count`: the runs of characters other than a space.
  ///
  /// A space byte is a character of its own unless a scalar before it prepends to it or one
  /// after it extends it; next to ASCII or a Latin letter (Vietnamese included) neither can
  /// happen. Elsewhere the `Character` split decides.
  static func wordCount(_ text: String) -> Int {
    let u = Array(text.utf8)
    var words = 0
    var inWord = false
    var i = 0
    while i < u.count {
      if u[i] == 0x20 {
        if (i > 0 && !endsPlainScalar(u, before: i)) || (i + 1 < u.count && !startsPlainScalar(u, at: i + 1)) {
          return text.split(separator: " ").count
        }
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
      }
      i += 1
    }
    return words
  }

  /// Whether the scalar starting at `i` is ASCII, or a Latin letter of U+00C0…U+024F or
  /// U+1E00…U+1EFF: none of them extends a character before it.
  static func startsPlainScalar(_ u: [UInt8], at i: Int) -> Bool {
    let b = u[i]
    if b < 0x80 { return true }
    if b >= 0xC3 && b <= 0xC9 { return true }  // U+00C0 … U+027F, two bytes
    if b == 0xE1, i + 1 < u.count, u[i + 1] >= 0xB8 && u[i + 1] <= 0xBB { return true }  // U+1E00 … U+1EFF
    return false
  }

  /// Whether the scalar ending just before `i` is ASCII or such a Latin letter: none of them
  /// prepends to a character after it.
  static func endsPlainScalar(_ u: [UInt8], before i: Int) -> Bool {
    var s = i - 1
    if u[s] < 0x80 { return true }
    while s > 0, u[s] & 0xC0 == 0x80, i - s < 4 { s -= 1 }
    return startsPlainScalar(u, at: s)
  }
}
