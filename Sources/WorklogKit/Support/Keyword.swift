/// A keyword as the UTF-8 bytes it is searched for in folded text (see `foldedForMatching`),
/// kept once so a search neither folds nor copies the keyword again.
struct Keyword: Sendable {
  /// The keyword as written (already folded: lower case, single spaces).
  let text: String
  private let bytes: [UInt8]

  init(_ text: String) {
    self.text = text
    bytes = Array(text.utf8)
  }

  /// The offset of the first occurrence in `hay`, the UTF-8 of folded text.
  func firstOffset(in hay: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
    bytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: hay, from: start) }
  }

  /// Whether the keyword occurs in `hay`.
  func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool { firstOffset(in: hay) != nil }

  /// The first number after the keyword in `hay`, as `String.number(after:)` reads it; nil when
  /// the bytes cannot settle it and the text must be read by characters.
  func number(in hay: UnsafeBufferPointer<UInt8>) -> Int?? {
    bytes.withUnsafeBufferPointer { String.number(after: $0, in: hay) }
  }
}
