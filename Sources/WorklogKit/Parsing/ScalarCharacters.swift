/// Whether a run of bytes is well-formed UTF-8 in which every scalar is a `Character` of its
/// own, so a reader may count, split and trim its characters by bytes.
///
/// It holds for ASCII without a carriage return, U+0080–U+02FF (Latin-1, Latin Extended A and B,
/// spacing modifiers), U+1E00–U+1EFF (the precomposed Vietnamese letters), U+2000–U+200A (the
/// em space and other spaces) and U+2010–U+2027 (dashes, quotes, bullets, the ellipsis): none of them joins its neighbour into a grapheme
/// cluster (no combining mark, joiner, prepended or spacing mark, and no carriage return to pair
/// with a line feed). Anything else, and invalid UTF-8 (which a `String` would hold as U+FFFD),
/// answers false: the caller then reads the text as characters.
enum ScalarCharacters {
  /// Whether `bytes[range]` is such text.
  static func areCharacters(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    bytes.withUnsafeBufferPointer { areCharacters($0, range) }
  }

  /// Whether `buf[range]` is such text.
  static func areCharacters(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let width = self.width(buf, i, end)
      if width == 0 { return false }
      i += width
    }
    return true
  }

  /// The bytes of the scalar at `i` (before `end`) when it is one such text may hold; 0 when it
  /// is not (a carriage return, a scalar outside the ranges, invalid or cut UTF-8).
  @inline(__always)
  static func width(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    let b = buf[i]
    if b < 0x80 { return b == 0x0D ? 0 : 1 }
    if b >= 0xC2 && b <= 0xCB { return i + 1 < end && UTF8Lead.isContinuation(buf[i + 1]) ? 2 : 0 }
    guard i + 2 < end, UTF8Lead.isContinuation(buf[i + 2]) else { return 0 }
    let second = buf[i + 1]
    if b == 0xE1 { return second >= 0xB8 && second <= 0xBB ? 3 : 0 }
    if b == 0xE2, second == 0x80 {
      let third = buf[i + 2]
      return third <= 0x8A || (third >= 0x90 && third <= 0xA7) ? 3 : 0
    }
    return 0
  }

  /// The characters of such text in `buf[range]`: its bytes less the continuation bytes.
  static func count(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var n = 0
    for i in range where !UTF8Lead.isContinuation(buf[i]) { n += 1 }
    return n
  }
}
