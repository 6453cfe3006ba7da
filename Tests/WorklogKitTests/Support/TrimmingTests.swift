import Testing

@testable import WorklogKit

/// The byte trims against the character ones they stand in for, on edges where a character is
/// more than one scalar.
@Suite struct TrimmingTests {
  static let pieces = [
    " ", "\t", "\r\n", "\n", "\u{0B}", "\u{1C}", ":", "*", "a", "Kết", "\u{0301}", "\u{00A0}", "\u{2028}", "\u{0600}",
    "\u{200D}", "🙂", "\u{85}", "x:", ": ",
  ]

  static var texts: [String] {
    var texts = ["", " ", "  a  ", "\r\n", "Goals:", "**Goals:**", " :Tasks: ", "a\u{0301} ", " \u{0301}a"]
    var rng = FoldingTableTests.SplitMix(state: 3)
    for _ in 0..<3000 {
      texts.append(
        (0..<Int.random(in: 1...5, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined())
    }
    return texts
  }

  @Test func spacesTrimAsByCharacters() {
    for text in Self.texts {
      #expect(
        Array(text.trimmingSpaces.utf8) == Array(text.trimmingSpacesByCharacters.utf8), "\(Array(text.unicodeScalars))")
    }
  }

  @Test func setsTrimAsByCharacters() {
    for text in Self.texts {
      for set in [": ", "*", ":", "\r\n ", "\u{00A0} "] {
        #expect(
          Array(text.trimmingCharacters(in: set).utf8) == Array(text.trimmingCharactersByCharacters(in: set).utf8),
          "\(Array(text.unicodeScalars)) \(Array(set.unicodeScalars))")
      }
    }
  }
}
