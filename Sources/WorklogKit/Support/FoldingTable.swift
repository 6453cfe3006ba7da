/// The one table keyword matching folds text by: for each scalar of ASCII, Latin-1, Latin
/// Extended-A and -B (`ư`, `ơ`), the Vietnamese block (U+1EA0-U+1EF9) and the punctuation and
/// symbols pages write (U+2000-U+2BFF: `—`, `→`, `✅`, `⭐`), the UTF-8 of its lower-case
/// mapping, or that it is white space.
///
/// Built once from lists generated from the standard library's own `lowercaseMapping` and
/// `isWhitespace` (`FoldingTable+Data.swift`; `computed()` is that computation, and the tests
/// check the two agree), so folding by it gives exactly what `lowercased()` and a white-space
/// test per scalar give, without a Unicode property lookup per scalar.
///
/// It has two readings: `fold` for keyword matching (white space folded), and `lowerScalar`
/// for the copied-week comparison (`LowercaseBytes`: `lowercased()` a scalar at a time, white
/// space kept). Diacritics stay (`Ệ` folds to `ệ`, not `e`): they change
/// a Vietnamese word. Text with a scalar outside the table is folded the old way.
struct FoldingTable: Sendable, Equatable {
  /// The table, built on first use.
  static let shared = FoldingTable()

  /// Scalars below this are in the table directly (ASCII to Latin Extended-B).
  static let latinEnd: UInt32 = 0x250
  /// The Vietnamese block: letters with the diacritics Vietnamese stacks (`ậ`, `ề`, `ữ`).
  static let vietnamese: ClosedRange<UInt32> = 0x1EA0...0x1EF9
  /// General punctuation to miscellaneous symbols and arrows.
  static let symbols: ClosedRange<UInt32> = 0x2000...0x2BFF
  /// Where the symbols start in `entries`.
  private static let symbolsBase = Int(latinEnd) + vietnamese.count

  /// Every scalar value the table holds, in the order of `entries`.
  static var scalarValues: [UInt32] { Array(0..<latinEnd) + Array(vietnamese) + Array(symbols) }

  /// One entry per scalar: 0 when the scalar is not folded here, `whitespace` when it is white
  /// space, else the byte count in the low 8 bits and the bytes above them, first byte lowest.
  private let entries: [UInt64]
  private static let whitespace: UInt64 = 0xFF
  /// One per scalar, in the order of `entries`: its lower case when that is one scalar, else 0.
  private let lowerScalars: [UInt32]

  private init() {
    self.init(lowerings: Self.lowerings, whitespace: Self.whitespaceValues, long: Self.longLowerings)
  }

  /// The table from the generated lists (`FoldingTable+Data.swift`): every scalar its own lower
  /// case, then white space, single-scalar lower cases and the longer ones (from the scalar's
  /// properties, as `computed` finds them) laid over it. A few hundred exceptions, where asking
  /// every scalar's properties cost 3.4 M instructions at each start.
  private init(lowerings: [UInt32], whitespace: [UInt32], long: [UInt32]) {
    let scalars = Self.scalarValues
    var entries: [UInt64] = []
    entries.reserveCapacity(scalars.count)
    for value in scalars {
      entries.append(Unicode.Scalar(value) == nil ? 0 : Self.packedUTF8(value))
    }
    var lowerScalars = scalars
    for value in whitespace {
      if let slot = Self.slot(value) { entries[slot] = Self.whitespace }
    }
    var i = 0
    while i + 1 < lowerings.count {
      if let slot = Self.slot(lowerings[i]), let lower = Unicode.Scalar(lowerings[i + 1]) {
        entries[slot] = Self.packed(CollectionOfOne(lower))
        lowerScalars[slot] = lower.value
      }
      i += 2
    }
    for value in long {
      guard let slot = Self.slot(value), let scalar = Unicode.Scalar(value) else { continue }
      let lower = scalar.properties.lowercaseMapping.unicodeScalars
      entries[slot] = Self.entry(lower)
      lowerScalars[slot] = lower.count == 1 ? lower[lower.startIndex].value : 0
    }
    self.entries = entries
    self.lowerScalars = lowerScalars
  }

  /// The table as the standard library's properties give it, scalar by scalar: what the
  /// generated lists stand for (the tests check that `shared` equals it).
  static func computed() -> FoldingTable {
    var entries: [UInt64] = []
    var lowerScalars: [UInt32] = []
    let scalars = Self.scalarValues
    entries.reserveCapacity(scalars.count)
    lowerScalars.reserveCapacity(scalars.count)
    for value in scalars {
      guard let scalar = Unicode.Scalar(value) else {
        entries.append(0)
        lowerScalars.append(0)
        continue
      }
      let properties = scalar.properties
      // Most scalars lower-case to themselves: one property lookup says so, where building the
      // mapping's string costs ten times as much.
      if !properties.changesWhenLowercased {
        entries.append(properties.isWhitespace ? Self.whitespace : Self.packed(CollectionOfOne(scalar)))
        lowerScalars.append(value)
        continue
      }
      let lower = properties.lowercaseMapping.unicodeScalars
      entries.append(Self.entry(lower))
      lowerScalars.append(lower.count == 1 ? lower[lower.startIndex].value : 0)
    }
    return FoldingTable(entries: entries, lowerScalars: lowerScalars)
  }

  private init(entries: [UInt64], lowerScalars: [UInt32]) {
    self.entries = entries
    self.lowerScalars = lowerScalars
  }

  /// `packed(CollectionOfOne(scalar))` for a scalar value below U+10000 (all the table holds),
  /// by arithmetic: the table's start builds one per scalar.
  private static func packedUTF8(_ v: UInt32) -> UInt64 {
    let v = UInt64(v)
    if v < 0x80 { return v << 8 | 1 }
    if v < 0x800 { return (0xC0 | v >> 6) << 8 | (0x80 | v & 0x3F) << 16 | 2 }
    return (0xE0 | v >> 12) << 8 | (0x80 | v >> 6 & 0x3F) << 16 | (0x80 | v & 0x3F) << 24 | 3
  }

  /// Where scalar value `v` sits in `entries`, or nil when the table does not hold it.
  private static func slot(_ v: UInt32) -> Int? {
    if v < latinEnd { return Int(v) }
    if vietnamese.contains(v) { return Int(latinEnd + v - vietnamese.lowerBound) }
    if symbols.contains(v) { return symbolsBase + Int(v - symbols.lowerBound) }
    return nil
  }

  /// The lower case of scalar value `v` when the table holds `v` and its lower case is one
  /// scalar (as `lowercaseMapping` gives it); nil otherwise (`İ` lower-cases to two).
  @inline(__always)
  func lowerScalar(_ v: UInt32) -> UInt32? {
    let slot: Int
    if v < Self.latinEnd {
      slot = Int(v)
    } else if Self.vietnamese.contains(v) {
      slot = Int(Self.latinEnd + v - Self.vietnamese.lowerBound)
    } else if Self.symbols.contains(v) {
      slot = Self.symbolsBase + Int(v - Self.symbols.lowerBound)
    } else {
      return nil
    }
    let lower = lowerScalars[slot]
    return lower == 0 && v != 0 ? nil : lower
  }

  /// What the white-space test makes of a scalar's lower-case mapping `mapping`, packed.
  private static func entry(_ mapping: String.UnicodeScalarView) -> UInt64 {
    let spaces = mapping.filter { $0.properties.isWhitespace }.count
    if spaces == 1 && mapping.count == 1 { return whitespace }
    guard spaces == 0 else { return 0 }
    return packed(mapping)
  }

  /// The UTF-8 of `scalars` packed as an entry: the byte count in the low 8 bits and the bytes
  /// above them, first byte lowest; 0 when there are none or more than 7.
  private static func packed(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64 {
    var packed: UInt64 = 0
    var count = 0
    for scalar in scalars {
      for b in scalar.utf8 {
        count += 1
        guard count <= 7 else { return 0 }
        packed |= UInt64(b) << (8 * count)
      }
    }
    return count == 0 ? 0 : packed | UInt64(count)
  }

  /// The folded form of `text` (lower case, white-space runs as one space, trimmed), or nil when
  /// it holds a scalar outside the table.
  func fold(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { fold($0) }
  }

  /// `fold` on the UTF-8 of a string (well-formed, as every `String`'s is).
  func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if bytes.isEmpty { return "" }
    var complete = true
    // A mapping grows a scalar by at most one byte in two (`İ`, 2 bytes, to `i̇`, 3); the writer
    // stops (and the text is folded the old way) if one ever grew more.
    let folded = String(unsafeUninitializedCapacity: bytes.count + bytes.count / 2 + 1) { out -> Int in
      let n = write(bytes, to: out)
      complete = n != nil
      return n ?? 0
    }
    return complete ? folded : nil
  }

  /// Folds `bytes` into `out`; the count written, or nil at a scalar outside the table.
  private func write(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
    var i = 0
    var n = 0
    var lastWasSpace = true
    let count = bytes.count
    while i < count {
      let b = bytes[i]
      var entry: UInt64
      if b < 0x80 {
        if b > 0x20 {
          // Most bytes: printable ASCII, folded without the table.
          guard n < out.count else { return nil }
          out[n] = b &- 0x41 < 26 ? b | 0x20 : b
          n += 1
          lastWasSpace = false
          i += 1
          continue
        }
        entry = entries[Int(b)]
        i += 1
      } else if b < 0xE0 {
        guard i + 1 < count else { return nil }
        let value = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        guard value < Self.latinEnd else { return nil }
        entry = entries[Int(value)]
        i += 2
      } else if b < 0xF0 {
        guard i + 2 < count else { return nil }
        let value = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        if Self.vietnamese.contains(value) {
          entry = entries[Int(Self.latinEnd + value - Self.vietnamese.lowerBound)]
        } else if Self.symbols.contains(value) {
          entry = entries[Self.symbolsBase + Int(value - Self.symbols.lowerBound)]
        } else {
          return nil
        }
        i += 3
      } else {
        return nil
      }
      if entry == Self.whitespace {
        if !lastWasSpace {
          guard n < out.count else { return nil }
          out[n] = 0x20
          n += 1
        }
        lastWasSpace = true
        continue
      }
      let length = Int(entry & 0xFF)
      guard length > 0, n + length <= out.count else { return nil }
      entry >>= 8
      for _ in 0..<length {
        out[n] = UInt8(truncatingIfNeeded: entry)
        entry >>= 8
        n += 1
      }
      lastWasSpace = false
    }
    if n > 0 && out[n - 1] == 0x20 { n -= 1 }
    return n
  }
}
