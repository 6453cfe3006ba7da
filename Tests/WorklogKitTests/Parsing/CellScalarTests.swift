import Testing

@testable import WorklogKit

/// The scalar-level byte paths (`isLoneScalar`, the word count and length beside it, the
/// letter count) agree with `Character`s and Unicode properties for every scalar they accept.
@Suite struct CellScalarTests {
  /// Every scalar `isLoneScalar` accepts, and the ones around its edges.
  static var scalars: [Unicode.Scalar] {
    let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0x1DF0...0x1F10, 0x2000...0x2BFF, 0x1F300...0x1FA00]
    return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
  }

  @Test func loneScalarsAreCharactersBesideSpaces() {
    for s in Self.scalars where CellBytes.isLoneScalar(s.value) {
      for text in ["a \(s) b", "\(s) \(s)", " \(s)", "\(s) ", "\(s)\(s) x\u{1EA1} \(s)"] {
        #expect(CellBytes.wordCount(text) == text.split(separator: " ").count, "\(s.value)")
        #expect(CellBytes.hasAtMost(3, charactersIn: text) == (text.count <= 3), "\(s.value)")
      }
    }
  }

  @Test func wordsAndLengthAgreeBesideJoiners() {
    for text in [
      "a \u{301}b", "a\u{0600} b", "x \u{200D}y", "👍 \u{1F3FD}", "ก \u{0E33}", "a\r\nb c", "a – b “c” d", "🇻🇳 🇻🇳 x",
      "e\u{301}e\u{301}e\u{301}e\u{301}", "\r\n\r\n\r\n\r\n",
    ] {
      #expect(CellBytes.wordCount(text) == text.split(separator: " ").count)
      for limit in 0...5 { #expect(CellBytes.hasAtMost(limit, charactersIn: text) == (text.count <= limit)) }
    }
  }

  @Test func letterCountAgrees() {
    for s in Self.scalars {
      let text = "a\(s)b"
      #expect(ColumnContent.letterCount(text) == ColumnContent.letterCountByScalars(text), "\(s.value)")
    }
    for text in CellBytesTests.tricky {
      #expect(ColumnContent.letterCount(text) == ColumnContent.letterCountByScalars(text))
    }
  }
}
