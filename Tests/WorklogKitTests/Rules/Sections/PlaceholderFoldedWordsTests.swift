import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The template-placeholder rule's folded word screen (`lacksFoldedPlaceholderWord`) passes
/// every placeholder on to the word-by-word reading, whatever its case and white space, and
/// answers for plain Vietnamese prose.
@Suite struct PlaceholderFoldedWordsTests {
  static func lacks(_ text: String) -> Bool {
    Array(text.utf8).withUnsafeBufferPointer { TemplatePlaceholderRule.lacksFoldedPlaceholderWord($0) }
  }

  static let pieces = [
    "Mục tiêu", "MỤC\u{00A0}TIÊU", "mục\u{2003}tiêu", "Công việc", "CÔNG  VIỆC", "Nhiệm\tvụ", "Kết quả", "KẾT QUẢ",
    "Thành tựu", "Hoạt động", "HOẠT\u{2028}ĐỘNG", "Đạt được", "HỌC ĐƯỢC", "học\u{0085}được", "Đang cập nhật",
    "SẼ CẬP NHẬT", "sẽ", "Mô tả", "Liệt kê", "Điền", "Nhập", "của bạn", "vào đây", "tuần này", "Tuần 3", "2", "12",
    "#", ".", "…", ":", "!", "\u{00A0}", "\u{2003}", "\u{2009}", "İ", "Ⱥ", "Ⱦ", "ẞ", "Ǆ", "ǅ", "Task", "TASK", "Goal",
    "Tìm hiểu", "dịch vụ", "EC2", "Ôn tập", "café", "—", "“x”", "Ꞵ", "\u{1E9E}", "ﬁ", "e\u{0301}",
  ]

  @Test func theScreenNeverHidesAPlaceholder() {
    var random = SeededGenerator(seed: 41)
    var screened = 0
    var found = 0
    for _ in 0..<30_000 {
      var text = ""
      for _ in 0..<Int.random(in: 1...5, using: &random) {
        text += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
        if Bool.random(using: &random) { text += " " }
      }
      let expected = TemplatePlaceholderRule.placeholderByWords(text)
      if expected != nil { found += 1 }
      guard Self.lacks(text) else { continue }
      screened += 1
      #expect(expected == nil, "\(text)")
    }
    #expect(screened > 3_000)
    #expect(found > 100)
  }

  @Test func placeholdersAreNeverScreenedOut() {
    for text in [
      "Mục tiêu 2", "MỤC\u{00A0}TIÊU 2", "Công  việc 1", "Kết quả 3", "Đang cập nhật...", "SẼ CẬP NHẬT", "…", ". . .",
      "Mô tả mục tiêu của bạn vào đây", "Nhập kết quả của bạn vào đây", "Nhiệm vụ #3", "TBD", "Task 1",
    ] {
      #expect(!Self.lacks(text), "\(text)")
    }
  }

  @Test func plainProseIsScreenedOut() {
    for text in ["Tìm hiểu về dịch vụ EC2", "Ôn tập kiến thức về VPC", "Học về IAM", "Thứ Hai", "12", "Read the guide"]
    {
      #expect(Self.lacks(text), "\(text)")
      #expect(TemplatePlaceholderRule.placeholderByWords(text) == nil, "\(text)")
    }
  }

  @Test func aLowerCaseThatIsNotOnePlainScalarIsNotAnswered() {
    // `İ` lower-cases to two scalars, `Ⱥ` and `Ⱦ` to scalars beyond U+02FF.
    for text in ["İ", "Ⱥ học", "Ⱦ", "", "e\u{0301}"] {
      #expect(!Self.lacks(text), "\(text)")
    }
  }
}
