/// Keyword matching over page text: headings and titles are compared folded.
extension String {
  /// The string lower-cased and with runs of white space folded to one space, for keyword matching.
  ///
  /// Folded by `FoldingTable` when every scalar is in it (ASCII, Latin, Vietnamese), by
  /// `lowercased()` otherwise: the same string either way.
  var foldedForMatching: String { FoldingTable.shared.fold(self) ?? foldedByProperties }

  /// `foldedForMatching` by the standard library's tables, scalar by scalar: the reference the
  /// folding table is built to agree with.
  var foldedByProperties: String {
    var out = ""
    out.reserveCapacity(utf8.count)
    var lastWasSpace = true
    for scalar in lowercased().unicodeScalars {
      if scalar.properties.isWhitespace {
        if !lastWasSpace { out.append(" ") }
        lastWasSpace = true
      } else {
        out.unicodeScalars.append(scalar)
        lastWasSpace = false
      }
    }
    if out.hasSuffix(" ") { out.removeLast() }
    return out
  }

  /// The first run of ASCII digits after `keyword` (spaces, `-`, `_`, `.` or `:` between), if any.
  func number(after keyword: String) -> Int? {
    var text = self
    var keyword = keyword
    let fast = text.withUTF8 { hay in keyword.withUTF8 { Self.number(after: $0, in: hay) } }
    return fast ?? numberByCharacters(after: keyword)
  }

  /// `number(after:)` on UTF-8 bytes; nil (read it by characters) when the reading stops at a
  /// non-ASCII byte, where a character may be more than its first scalar.
  static func number(after keyword: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int?? {
    var from = 0
    while let found = ByteSearch.firstOffset(of: keyword, in: hay, from: from) {
      var i = found + keyword.count
      while i < hay.count, isSeparator(hay[i]) { i += 1 }
      var value = 0
      var digits = 0
      while i < hay.count, digits < 4, ByteText.isDigit(hay[i]) {
        value = value * 10 + Int(hay[i] - 0x30)
        digits += 1
        i += 1
      }
      if i < hay.count && hay[i] >= 0x80 { return nil }
      if digits > 0, i == hay.count || !ByteText.isDigit(hay[i]) { return .some(value) }
      from = found + keyword.count
    }
    return .some(nil)
  }

  /// The separators `number(after:)` skips: ` -_.:#`.
  @inline(__always) private static func isSeparator(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A || b == 0x23
  }

  /// `number(after:)` character by character: the reference, and the reading of text the bytes
  /// cannot settle.
  func numberByCharacters(after keyword: String) -> Int? {
    var search = startIndex..<endIndex
    while let found = range(of: keyword, range: search) {
      var i = found.upperBound
      while i < endIndex, " -_.:#".contains(self[i]) { i = index(after: i) }
      var digits = ""
      while i < endIndex, let d = self[i].asciiValue, d >= 0x30, d <= 0x39, digits.count < 4 {
        digits.append(self[i])
        i = index(after: i)
      }
      if let n = Int(digits), i == endIndex || !(self[i].isNumber) { return n }
      search = found.upperBound..<endIndex
    }
    return nil
  }
}
