// Trimming without Foundation.

extension String {
  /// The string without leading and trailing white space.
  package var trimmingSpaces: String {
    var text = self
    if let (lo, hi) = text.withUTF8({ Self.spaceTrimmedBytes($0) }) {
      if lo == 0 && hi == utf8.count { return self }
      return String(utf8[utf8.index(startIndex, offsetBy: lo)..<utf8.index(startIndex, offsetBy: hi)]) ?? ""
    }
    return trimmingSpacesByCharacters
  }

  /// `trimmingSpaces` character by character: the reference, and the reading of text whose
  /// edges the bytes cannot settle.
  var trimmingSpacesByCharacters: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
      return ""
    }
    return String(self[first...last])
  }

  /// The byte range `trimmingSpaces` keeps, when what is kept starts and ends with ASCII (a
  /// character is white space by its first scalar, and a non-ASCII scalar may be white space or
  /// join a space into a character); nil otherwise. Offsets are into `bytes`; all white space
  /// keeps `(0, 0)`.
  static func spaceTrimmedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
    var lo = 0
    var hi = bytes.count
    while lo < hi && ByteText.isASCIISpace(bytes[lo]) { lo += 1 }
    if lo == hi { return (0, 0) }
    // A non-ASCII edge may be white space itself (U+00A0, U+2028) or join a space.
    if bytes[lo] >= 0x80 { return nil }
    while hi > lo && ByteText.isASCIISpace(bytes[hi - 1]) { hi -= 1 }
    if bytes[hi - 1] >= 0x80 { return nil }
    return (lo, hi)
  }

  /// The string without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> String {
    var text = self
    var setCopy = set
    let range = setCopy.withUTF8 { s in text.withUTF8 { Self.trimmedBytes($0, keeping: s) } }
    if let (lo, hi) = range {
      if lo == 0 && hi == utf8.count { return self }
      return String(utf8[utf8.index(startIndex, offsetBy: lo)..<utf8.index(startIndex, offsetBy: hi)]) ?? ""
    }
    return trimmingCharactersByCharacters(in: set)
  }

  /// `trimmingCharacters(in:)` character by character: the reference, and the reading of text
  /// the bytes cannot settle.
  func trimmingCharactersByCharacters(in set: String) -> String {
    var s = self[...]
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }

  /// The byte range `trimmingCharacters(in:)` keeps, for an ASCII set without a carriage return
  /// or line feed, when every trimmed byte stands next to ASCII (so each is a character of its
  /// own); nil otherwise.
  private static func trimmedBytes(_ bytes: UnsafeBufferPointer<UInt8>, keeping set: UnsafeBufferPointer<UInt8>) -> (
    Int, Int
  )? {
    guard set.allSatisfy({ $0 < 0x80 && $0 != 0x0D && $0 != 0x0A }) else { return nil }
    var lo = 0
    var hi = bytes.count
    while lo < hi && set.contains(bytes[lo]) { lo += 1 }
    if lo == hi { return (0, 0) }
    if lo > 0 && bytes[lo] >= 0x80 { return nil }
    while hi > lo && set.contains(bytes[hi - 1]) { hi -= 1 }
    if hi < bytes.count && bytes[hi - 1] >= 0x80 { return nil }
    return (lo, hi)
  }
}

extension Substring {
  /// The substring without leading and trailing white space, as a `String`.
  var trimmingSpaces: String { String(self).trimmingSpaces }
}
