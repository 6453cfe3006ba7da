/// The UTF-8 bytes of `text.lowercased()`, produced a scalar at a time without making the
/// lower-cased `String`: the copied-week comparison folds every objective and task cell of a site.
///
/// `String.lowercased()` appends each scalar's `lowercaseMapping`, with no context (a final
/// sigma stays `σ`). Here ASCII and the Latin letters a Vietnamese or English worklog is written
/// in are mapped by arithmetic (`simple`, checked against the property for every scalar it
/// covers); any other scalar asks for its property, as `lowercased()` does.
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
    if let lower = simple(v) {
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

  /// The lower case of non-ASCII scalar `v` when it is one scalar found by arithmetic: Latin-1,
  /// Latin Extended-A, `Ơ` and `Ư`, the combining diacritics, the Vietnamese block of Latin
  /// Extended Additional, general punctuation, arrows, symbols and box drawing; nil for any other
  /// scalar (and for `İ`, which lower-cases to two).
  @inline(__always)
  static func simple(_ v: UInt32) -> UInt32? {
    switch v {
    case 0x80...0xBF, 0xD7, 0xDF...0xFF: return v
    case 0xC0...0xDE: return v + 0x20
    case 0x100...0x12F, 0x132...0x137, 0x14A...0x177: return v | 1
    case 0x131, 0x138, 0x149, 0x17F: return v
    case 0x139...0x148, 0x179...0x17E: return v & 1 == 1 ? v + 1 : v
    case 0x178: return 0xFF
    case 0x1A0, 0x1A1: return 0x1A1
    case 0x1AF, 0x1B0: return 0x1B0
    case 0x300...0x36F: return v
    case 0x1EA0...0x1EFF: return v | 1
    case 0x2000...0x206F, 0x2190...0x245F, 0x2500...0x27BF: return v
    default: return nil
    }
  }
}
