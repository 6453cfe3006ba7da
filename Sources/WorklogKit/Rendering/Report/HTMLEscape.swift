/// Text from pages made safe to put in HTML, in element content and in quoted attribute values
/// alike: `&<>"'` become entities, and characters that would hide or reorder text (control,
/// bidirectional and zero-width characters) are shown instead of obeyed.
enum HTMLEscape {
  /// `text` escaped: `&` `<` `>` `"` `'` as entities; C0 controls other than tab and newline
  /// as their visible Control Pictures (`␛`); DEL, C1 controls, bidi controls and zero-width
  /// characters as `<U+202E>`.
  static func text(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for s in text.unicodeScalars {
      switch s {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n": out.unicodeScalars.append(s)
      default:
        if s.value < 0x20, let picture = Unicode.Scalar(0x2400 + s.value) {
          out.unicodeScalars.append(picture)
        } else if isHidden(s) {
          out += "&lt;U+" + hex(s.value) + "&gt;"
        } else {
          out.unicodeScalars.append(s)
        }
      }
    }
    return out
  }

  /// The escaped URL to use as an `href`, when `url` is one a reader may follow: it starts with
  /// `http://` or `https://` (any case). Nil for anything else (`javascript:`, `data:`, a
  /// relative path), which is shown as text.
  static func href(_ url: String) -> String? {
    let lower = url.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), !url.unicodeScalars.contains(where: isHidden),
      !url.unicodeScalars.contains(where: { $0.value < 0x20 })
    else { return nil }
    return text(url)
  }

  /// A link to `url` showing `title` when `url` may be followed (see `href`); else `title` and
  /// the URL as text.
  static func link(_ title: String, url: String?) -> String {
    guard let url else { return text(title) }
    guard let href = href(url) else {
      return title == url ? text(title) : text(title) + " (" + text(url) + ")"
    }
    return "<a href=\"\(href)\" rel=\"noopener noreferrer\">\(text(title))</a>"
  }

  static func needsEscape(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "&", "<", ">", "\"", "'": return true
    case "\t", "\n": return false
    default: return s.value < 0x20 || isHidden(s)
    }
  }

  /// DEL, C1 controls, bidi embeddings, overrides and isolates, zero-width characters and the
  /// byte-order mark (the characters `TerminalText` escapes on a terminal), and the invisible
  /// operators U+2060–2065: characters a reader would not see.
  static func isHidden(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x20 && TerminalText.isControl(s)) || TerminalText.isInvisibleFormat(s)
      || (0x2060...0x2065).contains(s.value)
  }

  static func hex(_ n: UInt32) -> String {
    let digits = String(n, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
