import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Inline labels found by the colon's byte read as they did by the colon character.
@Suite struct InlineLabelsTests {
  static let lines: [String] = [
    "Goal: automate the pipeline.", "**Main objective:** train a baseline model", "no colon here",
    "Mục tiêu: học AWS", "Kết quả đạt được: xong", "a:\u{301} combining after the colon", "\u{0600}: prepended",
    "https://example.com/path", ":leading colon", "trailing colon:", "Thứ Hai: Tìm hiểu", "đã làm: xong",
  ]

  @Test(arguments: lines) func firstColonIsTheCharacterSearch(_ line: String) {
    #expect(line.firstIndex(ofASCII: UInt8(ascii: ":")) == line.firstIndex(of: ":"))
  }

  @Test(arguments: lines) func linesSkippedByTheirBytesHoldNoLabel(_ line: String) {
    let bytes = Array(line.utf8)
    if !InlineLabels.mayHoldLabel(bytes, 0..<bytes.count) { #expect(InlineLabels.label(line) == nil) }
  }

  @Test(arguments: lines) func theBytesReadWhatTheStringReads(_ line: String) {
    let bytes = Array(line.utf8)
    if let byBytes = InlineLabels.label(bytes, 0..<bytes.count) { #expect(byBytes == InlineLabels.label(line)) }
  }

  @Test func randomLinesReadByBytesAsByCharacters() {
    let pieces = [
      "**", "*", ":", " ", "  ", "Goal", "Mục tiêu", "Mu\u{0323}c tie\u{0302}u", "KẾT QUẢ", "Tasks", "Week 3", "x",
      "a b c d e", "\u{00A0}", "…", "–", "İ", "e\u{0301}", "\r", "\u{FFFD}", "Achievements", "Công việc", "đã làm",
      String(repeating: "y", count: 38), "👍",
    ]
    var random = SeededGenerator(seed: 8)
    var settled = 0
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 1...7, using: &random) {
        bytes += Array(pieces[Int.random(in: 0..<pieces.count, using: &random)].utf8)
      }
      if Int.random(in: 0..<10, using: &random) == 0 {
        bytes.insert(0xFF, at: Int.random(in: 0...bytes.count, using: &random))
      }
      guard let byBytes = InlineLabels.label(bytes, 0..<bytes.count) else { continue }
      settled += 1
      let line = String(decoding: bytes, as: UTF8.self)
      #expect(byBytes == InlineLabels.label(line), "\(line)")
    }
    #expect(settled > 5_000)
  }

  @Test func labelsStillRead() {
    #expect(InlineLabels.label("Goal: automate the pipeline.") != nil)
    #expect(InlineLabels.label("**Main objective:** train a baseline model") != nil)
  }
}
