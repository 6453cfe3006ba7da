/// Eight bytes at a time: the passes that see every byte of a file (finding line breaks, checking
/// for ASCII, counting the scalars before a column) test a whole machine word per step instead of
/// one byte.
///
/// The word tricks are the classic ones: a word has a zero byte when `(w - 0x01…) & ~w & 0x80…`
/// is not zero, and a byte is a UTF-8 continuation byte (10xxxxxx) when its top bit is set and
/// the next one is not. The only unsafe code is the unaligned load, always inside the buffer.
enum ByteWords {
  /// The top bit of every byte.
  static let high: UInt64 = 0x8080_8080_8080_8080
  /// 0x01 in every byte.
  static let ones: UInt64 = 0x0101_0101_0101_0101

  /// The eight bytes at `i ..< i + 8` of `buf` (which must hold them), in memory order.
  @inline(__always)
  static func word(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
    guard let base = buf.baseAddress else { return 0 }
    return UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
  }

  /// The ASCII letters in `w`, a word of ASCII bytes (each below 0x80).
  ///
  /// With each byte's `0x20` bit set, a letter lies in `a`…`z`: adding 0x1F sets a byte's top
  /// bit when it is at least `a`, adding 0x05 when it is past `z`, and no sum carries into the
  /// next byte. The letters' top bits, moved down to one per byte, are summed by the multiply
  /// into the top byte (at most 8).
  @inline(__always)
  static func asciiLetters(_ w: UInt64) -> Int {
    let x = w | 0x20 * ones
    let atLeastA = x &+ 0x1F * ones
    let pastZ = x &+ 0x05 * ones
    return Int((((atLeastA & ~pastZ & high) >> 7) &* ones) >> 56)
  }

  /// Whether some byte of `w` equals the byte repeated in `pattern` (`b * ones`).
  @inline(__always)
  static func hasByte(_ w: UInt64, _ pattern: UInt64) -> Bool {
    let v = w ^ pattern
    return (v &- ones) & ~v & high != 0
  }

  /// Whether `buf` holds the byte `b`: a word at a time, then the bytes past the last word.
  static func contains(_ buf: UnsafeBufferPointer<UInt8>, _ b: UInt8) -> Bool {
    let pattern = UInt64(b) &* ones
    var i = 0
    while i + 8 <= buf.count {
      if hasByte(word(buf, at: i), pattern) { return true }
      i += 8
    }
    while i < buf.count {
      if buf[i] == b { return true }
      i += 1
    }
    return false
  }

  /// Whether some byte of `w` is LF or CR.
  @inline(__always)
  static func hasLineBreak(_ w: UInt64) -> Bool {
    hasByte(w, 0x0A * ones) || hasByte(w, 0x0D * ones)
  }

  /// The number of UTF-8 continuation bytes (10xxxxxx) in `buf[range]`.
  ///
  /// In well-formed UTF-8 every other byte starts a scalar, so the scalars in a range of it are
  /// its length less this count.
  static func continuationBytes(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var n = 0
    var i = range.lowerBound
    let end = range.upperBound
    while i + 8 <= end {
      let w = word(buf, at: i)
      if w & high != 0 { n += (w & ~(w << 1) & high).nonzeroBitCount }
      i += 8
    }
    while i < end {
      if buf[i] & 0xC0 == 0x80 { n += 1 }
      i += 1
    }
    return n
  }
}
