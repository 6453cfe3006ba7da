/// Case-insensitive tests on path names, by bytes when the name and the word are ASCII.
///
/// Path code asked `name.lowercased().hasSuffix(".md")` and the like several times a page, each
/// making a lower-cased `String`. For ASCII, lower-casing is byte for byte, and characters are
/// bytes but for CR LF (in none of the words asked about, and never split by a test that only
/// compares ASCII bytes with ASCII bytes), so comparing lower-cased bytes gives the same answer;
/// any other name is lower-cased and tested as before.
enum NameCase {
  /// `name.lowercased().hasSuffix(lower)`, for a lower-case `lower`.
  static func hasSuffix<S: StringProtocol>(_ name: S, _ lower: String) -> Bool {
    if let fast = compare(
      name, lower,
      { bytes, word in
        bytes.count >= word.count && matches(bytes, from: bytes.count - word.count, word)
      })
    {
      return fast
    }
    return name.lowercased().hasSuffix(lower)
  }

  /// `name.lowercased().hasPrefix(lower)`, for a lower-case `lower`.
  static func hasPrefix<S: StringProtocol>(_ name: S, _ lower: String) -> Bool {
    if let fast = compare(name, lower, { bytes, word in bytes.count >= word.count && matches(bytes, from: 0, word) }) {
      return fast
    }
    return name.lowercased().hasPrefix(lower)
  }

  /// `name.lowercased() == lower`, for a lower-case `lower`.
  static func equals<S: StringProtocol>(_ name: S, _ lower: String) -> Bool {
    if let fast = compare(name, lower, { bytes, word in bytes.count == word.count && matches(bytes, from: 0, word) }) {
      return fast
    }
    return name.lowercased() == lower
  }

  /// `name.lowercased().contains(lower)`, for a lower-case `lower`.
  static func contains<S: StringProtocol>(_ name: S, _ lower: String) -> Bool {
    let fast = compare(name, lower) { bytes, word in
      // No string contains the empty one, as `String.contains` has it.
      guard !word.isEmpty, word.count <= bytes.count else { return false }
      return (0...(bytes.count - word.count)).contains { matches(bytes, from: $0, word) }
    }
    if let fast { return fast }
    return name.lowercased().contains(lower)
  }

  /// `test` on the UTF-8 of `name` and `word` when both are ASCII; nil otherwise.
  private static func compare<S: StringProtocol>(
    _ name: S, _ word: String, _ test: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Bool? {
    var word = word
    let found = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return word.withUTF8 { w in w.contains(where: { $0 >= 0x80 }) ? nil : test(bytes, w) }
    }
    return found.flatMap { $0 }
  }

  /// Whether `bytes` from `start`, letters lower-cased, begin with `word`.
  private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ word: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    for k in 0..<word.count where ByteText.lowerASCII(bytes[start + k]) != word[k] { return false }
    return true
  }
}
