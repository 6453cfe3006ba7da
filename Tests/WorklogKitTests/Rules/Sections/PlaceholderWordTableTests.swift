import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The flat word table finds a word in a text exactly when a plain search of the text, its
/// ASCII capitals made small, does.
@Suite struct PlaceholderWordTableTests {
  @Test func itFindsWhatAPlainSearchFinds() {
    let words = TemplatePlaceholderRule.foldedPlaceholderWords
    let table = PlaceholderWordTable(words)
    let pieces =
      words.map { String(decoding: $0, as: UTF8.self) } + ["TASK", "Ta", "sk", " ", "x", "đ", "ĐẠT", "é", "1"]
    var random = SeededGenerator(seed: 31)
    var found = 0
    for _ in 0..<10_000 {
      var text: [UInt8] = []
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        let piece = pieces[Int.random(in: 0..<pieces.count, using: &random)]
        // Most pieces cut short, so that most texts hold no whole word.
        let bytes = Array(piece.utf8)
        text += bytes.prefix(Int.random(in: 0...bytes.count, using: &random))
      }
      let lowered = text.map(ByteText.lowerASCII)
      let expected = words.contains { word in
        lowered.count >= word.count
          && (0...(lowered.count - word.count)).contains { lowered[$0..<($0 + word.count)].elementsEqual(word) }
      }
      if expected { found += 1 }
      #expect(text.withUnsafeBufferPointer { table.occurs(in: $0) } == expected, "\(text)")
    }
    #expect(found > 500)
  }
}
