/// A text normalised for the copied-week comparison (`WeekCopies`), kept as bytes: lower case
/// (as `lowercased()` makes it), ASCII letters and digits and every non-ASCII scalar kept, each
/// run of anything else one space, none leading.
///
/// Two `String`s are equal when they are canonically equivalent, which a byte comparison does not
/// see. `isPlain` says the text is made only of scalars that are in NFC whatever surrounds them
/// and are a `Character` each (ASCII, the Latin blocks, Vietnamese letters, punctuation, arrows
/// and symbols, common emoji: no combining mark, nothing that composes or joins): for two plain
/// texts equal bytes are equal `String`s, and `canonical` puts any other text in NFC, so
/// canonical texts compare as their `String`s do. Equality looks at the bytes; the hash is
/// worked out once, as the bytes are made, since a text is hashed into several tables.
struct FoldedText: Hashable, Sendable {
  /// The normalised text's UTF-8.
  let bytes: [UInt8]
  /// Whether every scalar is plain (see above), so bytes compare as the `String`s would.
  let isPlain: Bool
  /// The number of scalars: the number of `Character`s of a plain text.
  let scalars: Int
  /// FNV-1a of the bytes.
  private let digest: UInt64

  init(_ text: String) {
    self.init(FoldedText.written(text) ?? FoldedText.appended(text))
  }

  private init(_ folding: Folding) {
    var digest: UInt64 = 0xcbf2_9ce4_8422_2325
    folding.bytes.withUnsafeBufferPointer { bytes in
      for b in bytes { digest = (digest ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    }
    self.bytes = folding.bytes
    self.isPlain = folding.isPlain
    self.scalars = folding.scalars
    self.digest = digest
  }

  /// The text with its bytes in NFC, so that two canonical texts are equal exactly when their
  /// `String`s are (`==` on `String` is canonical equivalence, which is equality in NFC): a
  /// plain text itself (its bytes are in NFC already), any other its folded text put in NFC by
  /// the standard library (`_nfcCodeUnits`, the normaliser `String`'s own hashing and comparison
  /// rest on).
  /// Its `isPlain` and `scalars` stay the folded text's: its `Character`s are the same.
  var canonical: FoldedText {
    if isPlain { return self }
    return FoldedText(Folding(bytes: string._nfcCodeUnits, isPlain: false, scalars: scalars))
  }

  var isEmpty: Bool { bytes.isEmpty }

  /// The normalised text as a `String` (what `WeekCopies.normalized` returns).
  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Whether the text is long enough to tell a copy from a common phrase: a plain text's
  /// scalars are its `Character`s; any other's `Character`s are counted.
  var isTelling: Bool { isPlain ? scalars >= WeekCopies.tellingLength : WeekCopies.isTelling(string) }

  /// Whether non-ASCII scalar `v` is in NFC in any context and a `Character` of its own: no
  /// combining mark, nothing that composes with a neighbour (NFC_QC Yes, combining class 0),
  /// no joiner, emoji modifier or regional indicator.
  @inline(__always)
  static func isPlain(_ v: UInt32) -> Bool {
    switch v {
    case 0x80...0x24F, 0x1EA0...0x1EFF, 0x2010...0x2027, 0x2030...0x205E: return true
    // Arrows, mathematical operators, technical symbols (but U+2329 and U+232A, which NFC
    // replaces), enclosed alphanumerics, box drawing, shapes, symbols, dingbats.
    case 0x2190...0x2328, 0x232B...0x27BF, 0x2B00...0x2BFF: return true
    // Emoji of one scalar (the skin-tone modifiers U+1F3FB–U+1F3FF join the one before them).
    case 0x1F300...0x1F3FA, 0x1F400...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF: return true
    default: return false
    }
  }

  static func == (a: FoldedText, b: FoldedText) -> Bool { a.digest == b.digest && a.bytes == b.bytes }

  func hash(into hasher: inout Hasher) {
    hasher.combine(digest)
  }
}
