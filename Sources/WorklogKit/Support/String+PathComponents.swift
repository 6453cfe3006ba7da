/// A path's `/`-separated names, found by bytes.
///
/// Paths are split many times a run (site roots, page names, discovery), and `split(separator:)`
/// walks `Character`s, which costs a grapheme-break test per byte. A `/` whose neighbours are
/// ASCII bytes (or an end of the string) is a character of its own, so splitting at its byte
/// gives exactly what splitting at the character gives; a path with a slash next to a non-ASCII
/// byte (a combining mark after it, say) takes the character path, so results never differ.
extension String {
  /// The names between slashes, empty ones omitted: `split(separator: "/")`, by bytes.
  func pathComponents() -> [Substring] {
    var text = self
    // The byte ranges of the names, or nil when a slash has a non-ASCII neighbour.
    let ranges: [Range<Int>]? = text.withUTF8 { bytes in
      var ranges: [Range<Int>] = []
      var start = 0
      for i in 0..<bytes.count where bytes[i] == 0x2F {
        if (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.count && bytes[i + 1] >= 0x80) { return nil }
        if start < i { ranges.append(start..<i) }
        start = i + 1
      }
      if start < bytes.count { ranges.append(start..<bytes.count) }
      return ranges
    }
    guard let ranges else { return split(separator: "/") }
    let bytes = utf8
    return ranges.map { range in
      self[bytes.index(startIndex, offsetBy: range.lowerBound)..<bytes.index(startIndex, offsetBy: range.upperBound)]
    }
  }
}
