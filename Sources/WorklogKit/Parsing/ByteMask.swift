/// The set of byte values a text holds, as 256 bits: a keyword can occur in a text only if
/// every byte of it is in the text's set, so one test of four words rules out most keywords
/// before any search.
struct ByteMask: Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// The bytes of `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    for b in bytes { insert(b) }
  }

  /// The bytes of `text`.
  init(_ text: String) {
    var text = text
    self = text.withUTF8 { ByteMask($0) }
  }

  private mutating func insert(_ b: UInt8) {
    let bit = UInt64(1) << UInt64(b & 63)
    switch b >> 6 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    default: words.3 |= bit
    }
  }

  /// Whether every byte of `other` is in this set.
  func covers(_ other: ByteMask) -> Bool {
    other.words.0 & ~words.0 == 0 && other.words.1 & ~words.1 == 0 && other.words.2 & ~words.2 == 0
      && other.words.3 & ~words.3 == 0
  }
}
