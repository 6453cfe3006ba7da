/// The UTF-8 bytes of `text.lowercased()`, produced a scalar at a time without making the
/// lower-cased `String`: the copied-week comparison folds every objective and task cell of a site.
///
/// `String.lowercased()` appends each scalar's `lowercaseMapping`, with no context (a final
/// sigma stays `σ`). Here ASCII is mapped by arithmetic and the scalars of `FoldingTable` (the
/// Latin blocks, Vietnamese, punctuation and symbols) by its `lowerScalar` reading; any other
/// scalar asks for its property, as `lowercased()` does.
enum LowercaseBytes {
  /// Calls `body` with each scalar of `text.lowercased()`, in order.
  static func forEachScalar(_ text: String, _ body: (UInt32) -> Void) {
    var text = text
    text.withUTF8 { buf in
      var i = 0
      while i < buf.count {
        let end = scalarEnd(buf, from: i)
        forEachLowerScalar(buf, i..<end, body)
        i = end
      }
    }
  }

  /// The end of the scalar starting at `i` of well-formed UTF-8 (a `String`'s bytes): its lead
  /// byte gives its length.
  @inline(__always)
  static func scalarEnd(_ buf: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    let b = buf[i]
    let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    return min(i + length, buf.count)
  }

  /// Calls `body` with each scalar of the lower case of the one scalar in `buf[range]`.
  @inline(__always)
  static func forEachLowerScalar(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (UInt32) -> Void) {
    let b = buf[range.lowerBound]
    if b < 0x80 {
      body(UInt32(b >= 0x41 && b <= 0x5A ? b | 0x20 : b))
      return
    }
    var v = UInt32(b < 0xE0 ? b & 0x1F : b < 0xF0 ? b & 0x0F : b & 0x07)
    for k in range.dropFirst() { v = v << 6 | UInt32(buf[k] & 0x3F) }
    if let lower = FoldingTable.shared.lowerScalar(v) {
      body(lower)
    } else if let scalar = Unicode.Scalar(v) {
      for s in scalar.properties.lowercaseMapping.unicodeScalars { body(s.value) }
    }
  }

  /// Appends the UTF-8 encoding of scalar value `v` to `out`.
  @inline(__always)
  static func append(_ v: UInt32, to out: inout [UInt8]) {
    if v < 0x80 {
      out.append(UInt8(v))
    } else if v < 0x800 {
      out.append(UInt8(0xC0 | v >> 6))
      out.append(UInt8(0x80 | v & 0x3F))
    } else if v < 0x10000 {
      out.append(UInt8(0xE0 | v >> 12))
      out.append(UInt8(0x80 | v >> 6 & 0x3F))
      out.append(UInt8(0x80 | v & 0x3F))
    } else {
      out.append(UInt8(0xF0 | v >> 18))
      out.append(UInt8(0x80 | v >> 12 & 0x3F))
      out.append(UInt8(0x80 | v >> 6 & 0x3F))
      out.append(UInt8(0x80 | v & 0x3F))
    }
  }
}
