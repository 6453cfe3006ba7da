/// A text normalised for the copied-week comparison (`WeekCopies`), kept as bytes: lower case
/// (as `lowercased()` makes it), ASCII letters and digits and every non-ASCII scalar kept, each
/// run of anything else one space, none leading.
///
/// Two `String`s are equal when they are canonically equivalent, which a byte comparison does not
/// see. `isPlain` says the text is made only of scalars that are in NFC whatever surrounds them
/// (ASCII, the Latin blocks, Vietnamese letters, general punctuation: no combining mark, nothing
/// that composes): for two plain texts equal bytes are equal `String`s, and each scalar is one
/// `Character`. Hashing and equality look at the bytes only.
struct FoldedText: Hashable, Sendable {
  /// The normalised text's UTF-8.
  let bytes: [UInt8]
  /// Whether every scalar is plain (see above), so bytes compare as the `String`s would.
  let isPlain: Bool
  /// The number of scalars: the number of `Character`s of a plain text.
  let scalars: Int

  init(_ text: String) {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var space = false
    var plain = true
    var scalars = 0
    LowercaseBytes.forEachScalar(text) { v in
      if v < 0x80 {
        let b = UInt8(v)
        guard ByteText.isDigit(b) || (b >= 0x61 && b <= 0x7A) else {
          space = true
          return
        }
      } else if !FoldedText.isPlain(v) {
        plain = false
      }
      if space && !out.isEmpty {
        out.append(0x20)
        scalars += 1
      }
      LowercaseBytes.append(v, to: &out)
      scalars += 1
      space = false
    }
    self.bytes = out
    self.isPlain = plain
    self.scalars = scalars
  }

  var isEmpty: Bool { bytes.isEmpty }

  /// The normalised text as a `String` (what `WeekCopies.normalized` returns).
  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Whether the text is long enough to tell a copy from a common phrase; for a plain text.
  var isTelling: Bool { scalars >= WeekCopies.tellingLength }

  /// Whether non-ASCII scalar `v` is in NFC in any context and a `Character` of its own: no
  /// combining mark, nothing that composes with a neighbour, no joiner.
  @inline(__always)
  static func isPlain(_ v: UInt32) -> Bool {
    switch v {
    case 0x80...0x24F, 0x1EA0...0x1EFF, 0x2010...0x2027, 0x2030...0x205E: return true
    default: return false
    }
  }

  static func == (a: FoldedText, b: FoldedText) -> Bool { a.bytes == b.bytes }

  func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }
}
