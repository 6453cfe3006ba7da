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
    let found = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
      // One pass counts the names (so the array is made once), a second cuts them.
      guard let names = String.nameCount(bytes) else { return nil }
      var out: [Substring] = []
      out.reserveCapacity(names)
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x2F {
        if start < i { out.append(name(start, i)) }
        start = i + 1
      }
      return out
    }
    return found.flatMap { $0 } ?? split(separator: "/")
  }

  /// The last name: `pathComponents().last`, found from the end without cutting the others.
  func lastPathComponent() -> Substring? {
    let found = utf8.withContiguousStorageIfAvailable { bytes -> Substring?? in
      // A slash next to a non-ASCII byte anywhere: `pathComponents` splits by characters.
      guard String.nameCount(bytes) != nil else { return nil }
      guard let last = String.lastName(bytes, before: bytes.count) else { return .some(nil) }
      return .some(name(last.lowerBound, last.upperBound))
    }
    return found.flatMap { $0 } ?? pathComponents().last
  }

  /// The byte range of the last name in `bytes[..<end]`, the slashes after it passed over; nil
  /// when there is none. The bytes are a path whose slashes have ASCII neighbours (`nameCount`).
  static func lastName(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Range<Int>? {
    var e = end
    while e > 0 && bytes[e - 1] == 0x2F { e -= 1 }
    guard e > 0 else { return nil }
    var start = e
    while start > 0 && bytes[start - 1] != 0x2F { start -= 1 }
    return start..<e
  }

  /// The number of names between the slashes of `bytes`, or nil when a slash has a non-ASCII
  /// neighbour, where only the character split gives the names.
  static func nameCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var names = 0
    var inName = false
    for i in 0..<bytes.count {
      if bytes[i] == 0x2F {
        if (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.count && bytes[i + 1] >= 0x80) { return nil }
        inName = false
      } else if !inName {
        inName = true
        names += 1
      }
    }
    return names
  }

  /// The name between UTF-8 offsets `start` and `end`, both next to a `/` or an end of the
  /// string, so on character boundaries.
  private func name(_ start: Int, _ end: Int) -> Substring {
    let bytes = utf8
    return self[bytes.index(startIndex, offsetBy: start)..<bytes.index(startIndex, offsetBy: end)]
  }
}

/// `joined(separator:)`, made in this module for `String` and `Substring` elements.
///
/// The standard library's `joined` (and `+` on a `Substring`) is generic code it was not
/// specialised for here: its first call at each call site looks the element types' witnesses up
/// by name at run time, about 25,000 to 110,000 instructions, 3% of a one-page lint. These are
/// compiled for their element type and append each part's bytes.
extension Sequence<Substring> {
  /// The names joined by single slashes: `joined(separator: "/")`.
  func joinedPath() -> String { joinedParts(self, "/") { $0.append(contentsOf: $1) } }
}

extension Sequence<String> {
  /// The texts with `separator` between them: `joined(separator:)`.
  func joined(by separator: String) -> String { joinedParts(self, separator) { $0.append(contentsOf: $1) } }
}

/// `parts` with `separator` between them, each added by `append`.
private func joinedParts<S: Sequence>(_ parts: S, _ separator: String, _ append: (inout String, S.Element) -> Void)
  -> String
{
  var out = ""
  var first = true
  for part in parts {
    if !first { out.append(separator) }
    append(&out, part)
    first = false
  }
  return out
}
