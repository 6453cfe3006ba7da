import Testing
import WorklogTestSupport

@testable import WorklogKit

/// A bold or colon-ended line's pseudo-heading read from its bytes is the one its `String`
/// reading gives, wherever the bytes settle it.
@Suite struct PseudoHeadingBytesTests {
  static let pieces = [
    "**", "*", ":", " ", "  ", "\t", "\u{00A0}", "\u{2003}", "Week 3", "Thứ 2", "Tuần", "Objectives", "Mục tiêu", "1.",
    "2)", "-", "•", "e\u{0301}", "\u{0600}", "[x](y)", "<b>", "&amp;", "`c`", "__", "_", "{{< x >}}", "http", "IAM",
    "Đọc", "😀", "x", String(repeating: "long ", count: 20), "**:", ": ", "\u{212A}", "İ",
  ]

  @Test func theBytesReadAsTheCharactersDo() {
    var random = SeededGenerator(seed: 11)
    var settled = 0
    var headings = 0
    for _ in 0..<20_000 {
      var line = ""
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        line += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
      }
      if Bool.random(using: &random) { line += Bool.random(using: &random) ? "**" : ":" }
      let bytes = Array(line.utf8)
      guard let read = bytes.withUnsafeBufferPointer({ SectionReader.pseudoHeadingFromBytes($0, 0..<bytes.count) })
      else { continue }
      settled += 1
      if read != nil { headings += 1 }
      #expect(read == SectionReader.pseudoHeadingByCharacters(line), "\(line)")
    }
    #expect(settled > 2_000)
    #expect(headings > 500)
  }

  @Test func boldAndColonHeadingsAreRead() {
    func read(_ line: String) -> String?? {
      let bytes = Array(line.utf8)
      return bytes.withUnsafeBufferPointer { SectionReader.pseudoHeadingFromBytes($0, 0..<bytes.count) }
    }
    #expect(read("**1. Networking basics**") == .some("1. Networking basics"))
    #expect(read("  **Thứ 2:**  ") == .some("Thứ 2"))
    #expect(read("Mục tiêu tuần 3:") == .some("Mục tiêu tuần 3"))
    #expect(read("**Read the guide** and take notes") == .some(nil))
    // Edges and markup the bytes do not settle are left to the characters.
    #expect(read("\u{00A0}**Week 3**") == nil)
    #expect(read("**[Week 3](x)**") == nil)
    #expect(read("**Cafe\u{0301}**") == nil)
  }
}
