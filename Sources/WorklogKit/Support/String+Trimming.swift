// Trimming without Foundation.

extension String {
  /// The string without leading and trailing white space.
  package var trimmingSpaces: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
      return ""
    }
    return String(self[first...last])
  }

  /// The string without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> String {
    var s = self[...]
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}

extension Substring {
  /// The substring without leading and trailing white space, as a `String`.
  var trimmingSpaces: String { String(self).trimmingSpaces }
}
