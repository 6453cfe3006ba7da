/// Text from a page quoted in a message, kept short: a message names the offending text, it does
/// not repeat a 2 MB line of it in every output format.
enum Quote {
  /// Quoted text longer than this many characters is cut, with `…` in place of the rest.
  static let maximumLength = 80

  /// `text` whole when short, else its first `maximumLength` characters and `…`.
  static func cut(_ text: String) -> String {
    var count = 0
    var end = text.startIndex
    while end < text.endIndex {
      if count == maximumLength { return String(text[..<end]) + "…" }
      count += 1
      end = text.index(after: end)
    }
    return text
  }
}
