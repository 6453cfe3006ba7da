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
