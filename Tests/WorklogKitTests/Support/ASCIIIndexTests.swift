import Testing

@testable import WorklogKit

/// `firstIndex(ofASCII:)` against `firstIndex(of:)`, on colons next to marks that join them.
@Suite struct ASCIIIndexTests {
  @Test func colonsAreFoundAsByCharacters() {
    for text in TrimmingTests.texts + ["a:b", ":\u{0301}x: y", "\u{0600}:a", "Goal: x", "e\u{0301}: y", "::"] {
      let expected = text.firstIndex(of: ":").map { text.utf8.distance(from: text.startIndex, to: $0) }
      let found = text.firstIndex(ofASCII: UInt8(ascii: ":")).map { text.utf8.distance(from: text.startIndex, to: $0) }
      #expect(found == expected, "\(Array(text.unicodeScalars))")
    }
  }
}
