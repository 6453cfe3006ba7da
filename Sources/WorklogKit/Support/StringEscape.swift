/// The escapes that JSON and TOML strings share.
enum StringEscape {
  /// The byte a one-letter escape stands for (`\n`, `\t`, `\r`, `\b`, `\f`), or nil.
  static func control(_ letter: UInt8) -> UInt8? {
    switch letter {
    case UInt8(ascii: "n"): return 0x0A
    case UInt8(ascii: "t"): return 0x09
    case UInt8(ascii: "r"): return 0x0D
    case UInt8(ascii: "b"): return 0x08
    case UInt8(ascii: "f"): return 0x0C
    default: return nil
    }
  }

  /// The scalar written as `count` hex digits at `start` (`\u00e9`), or nil.
  static func hexValue(_ bytes: [UInt8], _ start: Int, count: Int, end: Int) -> UInt32? {
    guard start + count <= end else { return nil }
    return UInt32(String(decoding: bytes[start..<(start + count)], as: UTF8.self), radix: 16)
  }
}
