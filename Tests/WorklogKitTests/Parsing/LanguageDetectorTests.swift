import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The letter count a word at a time against the count a byte at a time, and what the counts say.
@Suite struct LanguageDetectorTests {
  @Test func vietnameseAndEnglishAreTold() {
    #expect(LanguageDetector.count(Array("Tuần này tôi đã học về Amazon EC2 và S3.".utf8), from: 0).code == "vi")
    #expect(LanguageDetector.count(Array("This week I studied Amazon EC2 and S3.".utf8), from: 0).code == "en")
    #expect(LanguageDetector.count([], from: 0) == LanguageDetector.Counts())
  }

  /// Random mixes of ASCII letters and punctuation, Vietnamese letters of two and three bytes,
  /// other scalars and stray bytes, counted from every kind of start, with lengths on either
  /// side of a word and past the 64 KiB the count reads.
  @Test func wordsAtATimeCountAsBytesAtATime() {
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("Z".utf8), Array("@[`{".utf8), Array("0 9\n".utf8), Array("week".utf8),
      Array("đ".utf8), Array("ệ".utf8), Array("Ơ".utf8), Array("ỹ".utf8), Array("é".utf8), Array("→".utf8),
      Array("😀".utf8), [0xC3], [0xE1, 0xBB], [0x80], [0xFF],
    ]
    var rng = SeededGenerator(seed: 21)
    for round in 0..<400 {
      var bytes: [UInt8] = []
      let parts = round == 0 ? 40_000 : Int.random(in: 0...40, using: &rng)
      for _ in 0..<parts { bytes += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
      for start in [0, 1, 7, Int.random(in: 0...max(0, bytes.count), using: &rng), bytes.count, bytes.count + 3] {
        #expect(
          LanguageDetector.count(bytes, from: start) == LanguageDetector.countByScalars(bytes, from: start),
          "round \(round), start \(start)")
      }
    }
  }
}
