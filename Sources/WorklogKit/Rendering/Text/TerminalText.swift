/// Makes input text safe to print on a terminal: control characters become visible escapes.
public enum TerminalText {
  /// `text` with every C0/C1 control character (tab included) and DEL shown as `\x1B`-style
  /// escapes, so no escape sequence from a worklog ever reaches a terminal raw; bidirectional
  /// overrides and isolates, zero-width characters and U+FEFF shown as `\u{202E}`, so no text
  /// is reordered or hidden on screen (Trojan Source); the raw bytes of a file name that is not
  /// UTF-8 (`RawPath`) shown as `\xFF`.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    for s in text.unicodeScalars {
      if let shown = escape(s) { out += shown } else { out.unicodeScalars.append(s) }
    }
    return out
  }

  /// How a scalar is shown when it cannot be shown as itself; nil when it can.
  public static func escape(_ s: Unicode.Scalar) -> String? {
    if isControl(s) { return hex(s) }
    if RawPath.isRawByte(s) { return hex(byte: UInt8(s.value & 0xFF)) }
    if isInvisibleFormat(s) { return "\\u{" + String(s.value, radix: 16, uppercase: true) + "}" }
    return nil
  }

  static func needsEscape(_ s: Unicode.Scalar) -> Bool { isControl(s) || isInvisibleFormat(s) || RawPath.isRawByte(s) }

  static func isControl(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value)
  }

  /// Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069), zero-width
  /// characters and marks (U+200B–200F) and U+FEFF.
  static func isInvisibleFormat(_ s: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value) || (0x200B...0x200F).contains(s.value)
      || s.value == 0xFEFF
  }

  static func hex(_ s: Unicode.Scalar) -> String { hex(byte: UInt8(s.value & 0xFF)) }

  static func hex(byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
  }
}
