/// Substring search over UTF-8 bytes already at hand: the one loop `range(of:)`, `contains` and
/// the keyword tables share, so no search builds a needle array.
enum ByteSearch {
  /// The offset of the first occurrence of `needle` in `hay` at or after `start`; nil when there
  /// is none or `needle` is empty.
  static func firstOffset(
    of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from start: Int = 0
  )
    -> Int?
  {
    let n = needle.count
    guard n > 0, hay.count - start >= n else { return nil }
    let first = needle[0]
    var i = start
    let last = hay.count - n
    while i <= last {
      if hay[i] == first {
        var k = 1
        while k < n && hay[i + k] == needle[k] { k += 1 }
        if k == n { return i }
      }
      i += 1
    }
    return nil
  }
}
