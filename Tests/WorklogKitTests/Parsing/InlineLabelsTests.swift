import Testing

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

  @Test func labelsStillRead() {
    #expect(InlineLabels.label("Goal: automate the pipeline.") != nil)
    #expect(InlineLabels.label("**Main objective:** train a baseline model") != nil)
  }
}
