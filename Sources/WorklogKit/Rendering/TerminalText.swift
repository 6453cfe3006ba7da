/// Makes input text safe to print on a terminal: control characters become visible escapes.
public enum TerminalText {
  /// `text` with every C0/C1 control character (tab included) and DEL shown as `\x1B`-style
  /// escapes, so no escape sequence from a worklog ever reaches a terminal raw.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for s in text.unicodeScalars {
      if isControl(s) { out += hex(s) } else { out.unicodeScalars.append(s) }
    }
    return out
  }

  static func isControl(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value)
  }

  static func hex(_ s: Unicode.Scalar) -> String {
    let digits = Array("0123456789ABCDEF")
    return "\\x" + String(digits[Int(s.value >> 4) & 0xF]) + String(digits[Int(s.value) & 0xF])
  }
}

/// ANSI styles, used only when colour is on.
struct Style {
  var enabled: Bool
  func apply(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
  func bold(_ t: String) -> String { apply("1", t) }
  func dim(_ t: String) -> String { apply("2", t) }
  func severity(_ s: Severity, _ t: String) -> String {
    switch s {
    case .error: return apply("1;31", t)
    case .warning: return apply("1;33", t)
    case .note: return apply("1;36", t)
    }
  }
}
