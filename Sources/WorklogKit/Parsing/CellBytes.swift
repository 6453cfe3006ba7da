/// Byte checks that answer the questions a table cell's text is asked, exactly as the
/// `String` and `Character` code they stand in for would, without making a `String`.
///
/// These run on every cell of every table: each either answers from the UTF-8 bytes when that
/// is certain, or falls back to the `Character` code it replaces.
enum CellBytes {
  /// Whether `text` holds an ASCII digit.
  static func hasDigit(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.contains { ByteText.isDigit($0) } }
      ?? text.utf8.contains { ByteText.isDigit($0) }
  }

  /// Whether `text`'s UTF-8 holds `byte`, read from its contiguous bytes when it has them (the
  /// `UTF8View` iterator costs several times as much a byte).
  static func contains(_ byte: UInt8, in text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
  }

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
  ///
  /// Between two scalars that `isLoneScalar` accepts a character always ends, so while the
  /// scalars are such, they count the characters; at any other scalar the `Character` count decides.
  static func hasAtMost(_ limit: Int, charactersIn text: String) -> Bool {
    if text.utf8.count <= limit { return true }
    let counted: Bool? =
      text.utf8.withContiguousStorageIfAvailable { u in
        var i = 0
        var scalars = 0
        while i < u.count {
          guard let (v, next) = scalar(u, at: i), isLoneScalar(v) else { return nil }
          scalars += 1
          // `limit + 1` scalars that each end a character: more than `limit` characters.
          if scalars > limit { return false }
          i = next
        }
        return true
      } ?? nil
    if let counted { return counted }
    guard let i = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) else { return true }
    return i == text.endIndex
  }

  /// The scalar whose UTF-8 starts at `i` in `u` (well-formed, as a `String`'s is), and the
  /// offset after it; nil at a byte that does not start a scalar.
  static func scalar(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
    let b = u[i]
    if b < 0x80 { return (UInt32(b), i + 1) }
    let n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
    guard n > 0, i + n <= u.count else { return nil }
    var v = UInt32(b) & (0x7F >> UInt32(n))
    for k in 1..<n { v = v << 6 | UInt32(u[i + k] & 0x3F) }
    return (v, i + n)
  }

  /// Whether every scalar of `text` is ASCII or `FoldedText.isPlain` (in NFC whatever stands
  /// beside it, and a `Character` by itself): then equal bytes are equal `String`s, and a
  /// `Character` prefix or substring is a byte one.
  static func isPlain(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { u in
      var i = 0
      while i < u.count {
        if u[i] < 0x80 {
          i += 1
          continue
        }
        guard let (v, next) = scalar(u, at: i), FoldedText.isPlain(v) else { return false }
        i = next
      }
      return true
    } ?? text.unicodeScalars.allSatisfy { $0.value < 0x80 || FoldedText.isPlain($0.value) }
  }

  /// Whether `v` is a character by itself whatever stands beside it, and joins neither the
  /// scalar before it nor the one after: no combining mark, joiner, prepended or spacing mark,
  /// Hangul jamo, regional indicator or CR. ASCII but CR, the Latin blocks (Vietnamese letters
  /// included) and `FoldedText.isPlain`'s punctuation, symbols and single emoji.
  static func isLoneScalar(_ v: UInt32) -> Bool {
    if v < 0x80 { return v != 0x0D }
    if v <= 0x24F || (v >= 0x1E00 && v <= 0x1EFF) { return true }
    return FoldedText.isPlain(v)
  }

  /// Whether `text` could be a placeholder to `TaskText.isPlaceholder`: false when it holds an
  /// ASCII digit or a letter that no placeholder word has (folding keeps ASCII letters ASCII).
  static func mayBePlaceholder(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { mayBePlaceholder(bytes: $0) }
      ?? mayBePlaceholder(bytes: text.utf8)
  }

  /// `mayBePlaceholder` of the text whose UTF-8 is `bytes`.
  @inline(__always)
  private static func mayBePlaceholder(bytes: some Sequence<UInt8>) -> Bool {
    for b in bytes where b < 0x80 {
      if ByteText.isDigit(b) { return false }
      let l = b | 0x20
      guard l >= 0x61 && l <= 0x7A else { continue }
      if placeholderLetterBits >> (l - 0x61) & 1 == 0 { return false }
    }
    return true
  }

  /// The letters of `n/a`, `none`, `nil`, `null`, `tbd`, `không có`, `trống`, `x` (`abcdeghiklnortux`)
  /// as bits, `a` the lowest: written out, so it is a constant.
  static let placeholderLetterBits: UInt32 = 0x9A6DDF

  /// `text.split(separator: " ").count`: the runs of characters other than a space.
  ///
  /// A space byte is a character of its own unless a scalar before it prepends to it or one
  /// after it extends it; next to a scalar `isLoneScalar` accepts neither can happen. Elsewhere
  /// the `Character` split decides.
  static func wordCount(_ text: String) -> Int { wordCount(text, upTo: .max) }

  /// `min(text.split(separator: " ").count, limit)`, without reading past the word that
  /// reaches `limit`.
  ///
  /// A word starts at a byte other than a space that follows a space (or starts the text). Each
  /// space is checked as it is passed: once `limit` words have started after spaces that are
  /// characters of their own, the `Character` split has at least `limit` runs too, whatever
  /// follows. Only the scalars beside a space are decoded.
  static func wordCount(_ text: String, upTo limit: Int) -> Int {
    let fast: Int? =
      text.utf8.withContiguousStorageIfAvailable { u in
        var words = 0
        var afterSpace = true
        var i = 0
        while i < u.count {
          let b = u[i]
          if b == 0x20 {
            if i > 0, !isLoneScalar(endingBefore: i, in: u) { return nil }
            if i + 1 < u.count {
              let after = u[i + 1]
              if after >= 0x80 || after == 0x0D {
                guard let (v, _) = scalar(u, at: i + 1), isLoneScalar(v) else { return nil }
              }
            }
            afterSpace = true
          } else if afterSpace {
            afterSpace = false
            words += 1
            if words >= limit { return limit }
          }
          i += 1
        }
        return words
      } ?? nil
    return fast ?? min(text.split(separator: " ").count, limit)
  }

  /// Whether the scalar that ends just before byte `i` of `u` is `isLoneScalar`.
  @inline(__always)
  private static func isLoneScalar(endingBefore i: Int, in u: UnsafeBufferPointer<UInt8>) -> Bool {
    let b = u[i - 1]
    if b < 0x80 { return b != 0x0D }
    var start = i - 1
    while start > 0, u[start] & 0xC0 == 0x80 { start -= 1 }
    guard let (v, _) = scalar(u, at: start) else { return false }
    return isLoneScalar(v)
  }
}
