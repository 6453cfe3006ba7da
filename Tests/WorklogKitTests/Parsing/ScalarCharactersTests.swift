import Testing

@testable import WorklogKit

/// Text `ScalarCharacters` accepts is well-formed UTF-8 whose every scalar is a character of
/// its own, whatever stands next to it; anything that joins or composes is refused.
@Suite struct ScalarCharactersTests {
  /// One scalar of each accepted block, and the blocks' edges.
  static let accepted: [UInt32] =
    [0x09, 0x0A, 0x20, 0x2A, 0x41, 0x7E, 0x7F, 0x80, 0x85, 0xA0, 0xAD, 0xC0, 0xFF, 0x110, 0x111, 0x130, 0x1B0, 0x2FF]
    + [0x1E00, 0x1EA0, 0x1EBF, 0x1EFF, 0x2000, 0x2003, 0x200A, 0x2010, 0x2013, 0x201C, 0x2022, 0x2026, 0x2027]

  static func bytes(_ v: UInt32) -> [UInt8] {
    guard let s = Unicode.Scalar(v) else { return [] }
    return Array(String(s).utf8)
  }

  @Test func everyAcceptedScalarIsACharacterNextToAnyOther() {
    for a in Self.accepted {
      #expect(ScalarCharacters.areCharacters(Self.bytes(a), 0..<Self.bytes(a).count), "\(a)")
      for b in Self.accepted {
        let pair = Self.bytes(a) + Self.bytes(b)
        #expect(ScalarCharacters.areCharacters(pair, 0..<pair.count))
        #expect(String(decoding: pair, as: UTF8.self).count == 2, "\(a) \(b)")
        #expect(pair.withUnsafeBufferPointer { ScalarCharacters.count($0, 0..<pair.count) } == 2)
      }
    }
  }

  @Test func everyScalarOfTheAcceptedRangesIsOneCharacter() {
    let ranges: [ClosedRange<UInt32>] = [0x00...0x0C, 0x0E...0x2FF, 0x1E00...0x1EFF, 0x2000...0x200A, 0x2010...0x2027]
    for range in ranges {
      for v in range {
        let b = Self.bytes(v)
        #expect(ScalarCharacters.areCharacters(b, 0..<b.count), "\(v)")
        let text = String(decoding: b + Array("a".utf8) + b, as: UTF8.self)
        #expect(text.count == 3, "\(v)")
      }
    }
  }

  @Test func joiningComposingAndInvalidTextIsRefused() {
    let refused: [[UInt8]] = [
      Array("e\u{0301}".utf8), Array("Mu\u{0323}c tie\u{0302}u".utf8), Array("a\r\nb".utf8), Array("a\u{200D}b".utf8),
      Array("a\u{200C}b".utf8), Array("👍".utf8), Array("한".utf8), Array("\u{0600}x".utf8), Array("a\u{FE0F}".utf8),
      [0x61, 0xFF, 0x62], [0xC3], [0xE1, 0xBA], [0xC3, 0x28], [0xE2, 0x80, 0x8D], [0xE2, 0x80, 0xA8], [0xC0, 0x80],
      [0xED, 0xA0, 0x80],
    ]
    for b in refused { #expect(!ScalarCharacters.areCharacters(b, 0..<b.count), "\(b)") }
    let vietnamese = Array("Mục tiêu tuần 3: Tìm hiểu AWS – “Đã xong” …".utf8)
    #expect(ScalarCharacters.areCharacters(vietnamese, 0..<vietnamese.count))
  }

  @Test func aRangeIsReadAlone() {
    let b = Array("ab\u{0301}".utf8)
    #expect(ScalarCharacters.areCharacters(b, 0..<1))
    #expect(!ScalarCharacters.areCharacters(b, 0..<b.count))
    // A sequence cut by the range's end is refused.
    let c = Array("aế".utf8)
    #expect(!ScalarCharacters.areCharacters(c, 0..<(c.count - 1)))
  }
}
