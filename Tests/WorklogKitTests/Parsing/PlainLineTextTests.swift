import Testing
import WorklogTestSupport

@testable import WorklogKit

/// A line's text read from its bytes is the text `InlineTextReader` reads from it as a `String`,
/// for list items and headings alike; lines the bytes cannot settle are left to the reader.
@Suite struct PlainLineTextTests {
  static let pieces = [
    "-", "+", "*", "**", "•", "1.", "12)", "123.", "1", " ", "  ", "\t", "\u{00A0}", "\u{2003}", "Task", "Mục tiêu",
    "Mu\u{0323}c tie\u{0302}u", "Tìm hiểu", "ĐÃ XONG", "İ", "e\u{0301}", "_x_", "__", "`code`", "[a](b)", "![i](p)",
    "<br>", "<b>", "&amp;", "&emsp;", "{{< ref x >}}", "https://aws.amazon.com/*x*", "http", "h", "hello", "…", "–",
    "“quoted”", ":", "!", "\u{FFFD}", "\r", "\u{200D}", "👍", "café", "Ǆ", "x", "42", "Week 3", "(", ")",
  ]

  static func randomLine(_ random: inout SeededGenerator) -> [UInt8] { RandomLines.line(pieces, &random) }

  @Test func theBytesGiveTheReadersText() {
    var random = SeededGenerator(seed: 21)
    var byBytes = 0
    for _ in 0..<30_000 {
      let bytes = Self.randomLine(&random)
      let raw = String(decoding: bytes, as: UTF8.self)
      let range = 0..<bytes.count
      if let item = bytes.withUnsafeBufferPointer({ PlainLineText.text($0, range) }) {
        byBytes += 1
        let inline = InlineTextReader.read(raw)
        #expect(item == Array(inline.text.utf8), "\(raw)")
        #expect(inline.links.isEmpty, "\(raw)")
      }
      if let heading = bytes.withUnsafeBufferPointer({ PlainLineText.text($0, range, listMarkers: false) }) {
        #expect(heading == Array(InlineTextReader.heading(raw).utf8), "\(raw)")
      }
    }
    #expect(byBytes > 5_000)
  }

  @Test func markupAndJoiningTextAreLeftToTheReader() {
    for line in ["[a](b)", "x <b>y</b>", "`x`", "a &amp; b", "__init__", "see https://x.y", "{{< ref >}}", "e\u{0301}"]
    {
      let bytes = Array(line.utf8)
      #expect(bytes.withUnsafeBufferPointer { PlainLineText.text($0, 0..<bytes.count) } == nil, "\(line)")
    }
  }

  @Test func markersEmphasisAndBlanksGo() {
    func text(_ line: String, listMarkers: Bool = true) -> String? {
      let bytes = Array(line.utf8)
      return bytes.withUnsafeBufferPointer { PlainLineText.text($0, 0..<bytes.count, listMarkers: listMarkers) }
        .map { String(decoding: $0, as: UTF8.self) }
    }
    #expect(text("  - **Task 1**  ") == "Task 1")
    #expect(text("\u{2003}• Học *AWS*") == "Học AWS")
    #expect(text("12) Tuần 3") == "Tuần 3")
    #expect(text("12) Tuần 3", listMarkers: false) == "12) Tuần 3")
    #expect(text("123. x") == "123. x")
  }
}
