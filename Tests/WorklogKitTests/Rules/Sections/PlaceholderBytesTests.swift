import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The template-placeholder rule's byte reading of a line names what the `String` reading
/// (`InlineTextReader` then `placeholder`) names, on random lines of tricky pieces.
@Suite struct PlaceholderBytesTests {
  static let pieces =
    PlaceholderScreenTests.pieces + [
      "TBD", "tbd.", "Updating...", "Coming soon!", "Đang cập nhật", "SẼ CẬP NHẬT", "Item 2", "Mục tiêu 2", "Task #3",
      "Goal", "Objective 12", "Công việc 1", "Kết quả", "nhiệm vụ 3", "1)", "12.", "123.", "- ", "* ", "+ ", "• ", "**",
      "__", "`x`", "[a](b)", "<br>", "&amp;", "{{< ref >}}", "http", "h", "\u{FFFD}", "\r", "Mô tả",
      "Mo\u{0302} ta\u{0309}",
      "\u{2003}\u{2003}", "…", "..", ":", "!", "Thứ Hai", "Đọc", "Ǆ", "ǅ", "What you learned", "achieved", "Tuần 3",
      "week 3", "Describe the goal for Week 3.", "Nhập kết quả của bạn vào đây",
    ]

  static func randomLine(_ random: inout SeededGenerator) -> [UInt8] { RandomLines.line(pieces, &random) }

  @Test func theBytesNameWhatTheStringReadingNames() {
    var random = SeededGenerator(seed: 14)
    var byBytes = 0
    var found = 0
    for _ in 0..<30_000 {
      let bytes = Self.randomLine(&random)
      let raw = String(decoding: bytes, as: UTF8.self)
      let expected = TemplatePlaceholderRule.placeholderByWords(InlineTextReader.read(raw).text)
      #expect(TemplatePlaceholderRule.placeholder(bytes, 0..<bytes.count, raw: raw) == expected, "\(raw)")
      if let text = bytes.withUnsafeBufferPointer({ PlainLineText.text($0, 0..<bytes.count) }) {
        byBytes += 1
        #expect(text == Array(InlineTextReader.read(raw).text.utf8), "\(raw)")
      }
      if expected != nil { found += 1 }
    }
    #expect(byBytes > 5_000)
    #expect(found > 100)
  }

  @Test func theScreenNeverHidesAPlaceholder() {
    var random = SeededGenerator(seed: 15)
    for _ in 0..<30_000 {
      let text = InlineTextReader.read(String(decoding: Self.randomLine(&random), as: UTF8.self)).text
      #expect(TemplatePlaceholderRule.placeholder(text) == TemplatePlaceholderRule.placeholderByWords(text), "\(text)")
    }
  }

  @Test func aLineIsReadWithinItsRange() {
    let bytes = Array("xx- Task 1yy".utf8)
    #expect(TemplatePlaceholderRule.placeholder(bytes, 2..<10, raw: "- Task 1") == "item 'Task 1'")
  }

  @Test func onlyTheseScalarsLowerCaseToAnOpeningTheFirstLetterMisses() {
    // Of the scalars `ScalarCharacters` accepts, only white space (skipped), `đ`, `Đ` and `İ`
    // fold to something opening in ASCII or with `đ`.
    let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x1E00...0x1EFF, 0x2000...0x200A, 0x2010...0x2027]
    var opening: [UInt32] = []
    for range in ranges {
      for v in range {
        guard let s = Unicode.Scalar(v), !s.properties.isWhitespace else { continue }
        let first = String(s).foldedForMatching.unicodeScalars.first?.value ?? 0
        if first < 0x80 || first == 0x111 { opening.append(v) }
      }
    }
    #expect(opening == [0x110, 0x111, 0x130])
  }

  @Test func proseIsSkippedAndPlaceholdersAreNot() {
    func mayOpen(_ text: String) -> Bool {
      Array(text.utf8).withUnsafeBufferPointer { TemplatePlaceholderRule.mayOpenPlaceholder($0) }
    }
    #expect(!mayOpen("Practiced Linux commands"))
    #expect(!mayOpen("Ôn tập"))
    #expect(mayOpen("..."))
    #expect(mayOpen("… TBD"))
    #expect(mayOpen("Điền"))
    #expect(mayOpen("Task 1"))
  }
}
