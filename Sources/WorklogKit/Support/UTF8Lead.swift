/// The lead bytes of well-formed UTF-8 (Unicode's table of well-formed byte sequences): the one
/// table the validator, the scalar index and raw path names all read.
enum UTF8Lead {
  /// The length of the sequence lead byte `b` opens and the range its second byte must lie in;
  /// length 0 for a byte that opens none (ASCII, a continuation byte, C0, C1, F5 and above).
  ///
  /// The narrowed second-byte ranges are what rule out overlong forms (E0, F0), surrogates (ED)
  /// and scalars above U+10FFFF (F4).
  @inline(__always)
  static func shape(_ b: UInt8) -> (length: Int, lower: UInt8, upper: UInt8) {
    switch b {
    case 0xC2...0xDF: return (2, 0x80, 0xBF)
    case 0xE0: return (3, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80, 0xBF)
    case 0xED: return (3, 0x80, 0x9F)
    case 0xF0: return (4, 0x90, 0xBF)
    case 0xF1...0xF3: return (4, 0x80, 0xBF)
    case 0xF4: return (4, 0x80, 0x8F)
    default: return (0, 0, 0)
    }
  }

  /// Whether `b` continues a sequence (10xxxxxx).
  @inline(__always)
  static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
}
