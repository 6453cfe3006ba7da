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
    var parts: [Substring] = []
    let bytes = utf8
    var start = bytes.startIndex
    var i = start
    var previous: UInt8 = 0
    while i < bytes.endIndex {
      let byte = bytes[i]
      let next = bytes.index(after: i)
      if byte == 0x2F {
        if previous >= 0x80 || (next < bytes.endIndex && bytes[next] >= 0x80) { return split(separator: "/") }
        if start < i { parts.append(self[start..<i]) }
        start = next
      }
      previous = byte
      i = next
    }
    if start < bytes.endIndex { parts.append(self[start..<bytes.endIndex]) }
    return parts
  }
}
