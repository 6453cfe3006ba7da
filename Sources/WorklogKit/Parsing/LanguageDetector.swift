/// Tells Vietnamese text from English by its share of Vietnamese letters.
enum LanguageDetector {
  /// The letters counted in a page's text and how many of them carry Vietnamese diacritics.
  struct Counts: Sendable, Equatable {
    var letters = 0
    var marked = 0

    /// `vi` when at least 3% of the letters carry Vietnamese diacritics, else `en`.
    var code: String { letters > 0 && marked * 100 >= letters * 3 ? "vi" : "en" }
    /// The share of marked letters, 0 to 1.
    var share: Double { letters == 0 ? 0 : Double(marked) / Double(letters) }
  }

  /// Counts the letters of the first 64 KiB from `start`: `countByScalars`, with eight ASCII
  /// bytes counted at once (most of any page, Vietnamese ones too, is ASCII).
  static func count(_ bytes: [UInt8], from start: Int) -> Counts {
    let n = min(bytes.count, start + 64 * 1024)
    guard start < n else { return Counts() }
    return bytes.withUnsafeBufferPointer { all in
      let u = UnsafeBufferPointer(rebasing: all[..<n])
      var counts = Counts()
      var i = start
      while i < n {
        if i + 8 <= n {
          let w = ByteWords.word(u, at: i)
          if w & ByteWords.high == 0 {
            counts.letters += ByteWords.asciiLetters(w)
            i += 8
            continue
          }
        }
        i = step(u, at: i, end: n, into: &counts)
      }
      return counts
    }
  }

  /// `count` a byte at a time: the reference.
  static func countByScalars(_ bytes: [UInt8], from start: Int) -> Counts {
    var counts = Counts()
    var i = start
    let n = min(bytes.count, start + 64 * 1024)
    while i < n { i = step(bytes, at: i, end: n, into: &counts) }
    return counts
  }

  /// Counts the scalar starting at `i` (a stray byte counts as none) and gives where the next
  /// one starts; `n` is where the counted text ends.
  @inline(__always)
  private static func step<C: RandomAccessCollection<UInt8>>(
    _ bytes: C, at i: Int, end n: Int, into counts: inout Counts
  ) -> Int where C.Index == Int {
    let b = bytes[i]
    if b < 0x80 {
      if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { counts.letters += 1 }
      return i + 1
    }
    if b & 0xE0 == 0xC0, i + 1 < n {
      let scalar = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
      if (0xC0...0x1B0).contains(scalar) {
        counts.letters += 1
        counts.marked += 1
      }
      return i + 2
    }
    if b & 0xF0 == 0xE0, i + 2 < n {
      let scalar = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
      if (0x1EA0...0x1EF9).contains(scalar) {
        counts.letters += 1
        counts.marked += 1
      }
      return i + 3
    }
    return i + 1
  }
}
