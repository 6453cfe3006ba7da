/// File names as the system gives them: bytes, not always UTF-8.
///
/// A name that is not UTF-8 keeps each byte of its invalid sequences as one private-use scalar
/// (U+10FF80 … U+10FFFF for the bytes 0x80 … 0xFF), so the `String` path round-trips to the very
/// bytes the system listed: the page is read under its real name, not a repaired one that does
/// not exist. Text output shows those scalars as `\xNN` (`TerminalText`).
public enum RawPath {
  /// The first scalar of the range that stands for raw bytes (byte `b` is `base + b`).
  static let base: UInt32 = 0x10FF00

  /// The name or path `bytes` as a `String` that `bytes(of:)` turns back into the same bytes.
  public static func string(_ bytes: [UInt8]) -> String {
    if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    var scalars = String.UnicodeScalarView()
    var i = 0
    while i < bytes.count {
      if let (scalar, length) = decode(bytes, at: i), !isRawByte(scalar) {
        scalars.append(scalar)
        i += length
      } else {
        // Never fails: base + a byte is a valid scalar.
        scalars.append(Unicode.Scalar(base + UInt32(bytes[i])) ?? "?")
        i += 1
      }
    }
    return String(scalars)
  }

  /// The bytes a path names on the system.
  public static func bytes(of path: String) -> [UInt8] {
    guard path.unicodeScalars.contains(where: isRawByte) else { return Array(path.utf8) }
    var out: [UInt8] = []
    for s in path.unicodeScalars {
      if isRawByte(s) { out.append(UInt8(s.value - base)) } else { out.append(contentsOf: String(s).utf8) }
    }
    return out
  }

  /// Calls `body` with the path as a NUL-terminated C string of its raw bytes.
  public static func withCString<T>(_ path: String, _ body: (UnsafePointer<CChar>) -> T) -> T {
    var raw = bytes(of: path).map { CChar(bitPattern: $0) }
    raw.append(0)
    return raw.withUnsafeBufferPointer { body($0.baseAddress!) }
  }

  /// Whether a scalar stands for a raw byte of a name that is not UTF-8.
  public static func isRawByte(_ s: Unicode.Scalar) -> Bool { s.value >= base + 0x80 && s.value <= base + 0xFF }

  /// The scalar of a well-formed UTF-8 sequence at `i`, and its length; nil when ill-formed.
  private static func decode(_ b: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
    let lead = b[i]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length: Int
    let minimum: UInt32
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
    case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
    default: return nil
    }
    guard i + length <= b.count else { return nil }
    for k in 1..<length {
      guard b[i + k] & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(b[i + k] & 0x3F)
    }
    guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}
