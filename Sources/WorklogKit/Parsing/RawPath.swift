/// File names as the system gives them: bytes, not always UTF-8.
///
/// A name that is not UTF-8 keeps each byte of its invalid sequences as one private-use scalar
/// (U+10FF80 … U+10FFFF for the bytes 0x80 … 0xFF), so the `String` path round-trips to the very
/// bytes the system listed: the page is read under its real name, not a repaired one that does
/// not exist. Text output shows those scalars as `\xNN` (`TerminalText`).
enum RawPath {
  /// The first scalar of the range that stands for raw bytes (byte `b` is `base + b`).
  static let base: UInt32 = 0x10FF00

  /// The name or path `bytes` as a `String` that `bytes(of:)` turns back into the same bytes.
  static func string(_ bytes: [UInt8]) -> String {
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
  static func bytes(of path: String) -> [UInt8] {
    guard mayHoldRawBytes(path), path.unicodeScalars.contains(where: isRawByte) else { return Array(path.utf8) }
    var out: [UInt8] = []
    for s in path.unicodeScalars {
      if isRawByte(s) { out.append(UInt8(s.value - base)) } else { out.append(contentsOf: String(s).utf8) }
    }
    return out
  }

  /// Calls `body` with the path as a NUL-terminated C string of its raw bytes.
  static func withCString<T>(_ path: String, _ body: (UnsafePointer<CChar>) -> T) -> T {
    // Nearly every path: its UTF-8 is its bytes, and the string's own C string is the one.
    if !mayHoldRawBytes(path) { return path.withCString(body) }
    var raw = bytes(of: path).map { CChar(bitPattern: $0) }
    raw.append(0)
    return raw.withUnsafeBufferPointer { body($0.baseAddress!) }
  }

  /// Whether `path` may hold a scalar that stands for a raw byte: those (U+10FF80 ... U+10FFFF)
  /// all start with the byte 0xF4 in UTF-8, so a path without one holds none. Every page is
  /// opened by its path, so the bytes are searched a word at a time.
  static func mayHoldRawBytes(_ path: String) -> Bool {
    path.utf8.withContiguousStorageIfAvailable { ByteWords.contains($0, 0xF4) } ?? path.utf8.contains(0xF4)
  }

  /// Whether a scalar stands for a raw byte of a name that is not UTF-8.
  static func isRawByte(_ s: Unicode.Scalar) -> Bool { s.value >= base + 0x80 && s.value <= base + 0xFF }

  /// The scalar of a well-formed UTF-8 sequence at `i`, and its length; nil when ill-formed.
  private static func decode(_ b: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
    let lead = b[i]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }  // ASCII
    let (length, lower, upper) = UTF8Lead.shape(lead)
    guard length > 0, i + length <= b.count, b[i + 1] >= lower, b[i + 1] <= upper else { return nil }
    // The lead keeps 5, 4 or 3 payload bits (0x1F, 0x0F, 0x07), each continuation byte 6 (0x3F).
    var value = UInt32(lead & (0x7F >> length))
    for k in 1..<length {
      guard UTF8Lead.isContinuation(b[i + k]) else { return nil }
      value = value << 6 | UInt32(b[i + k] & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}
