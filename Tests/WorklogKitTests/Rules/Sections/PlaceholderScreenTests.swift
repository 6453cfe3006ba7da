import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The byte screen of the template-placeholder rule never hides a placeholder the full reading
/// finds, and does answer for plain prose.
@Suite struct PlaceholderScreenTests {
  static let pieces = [
    "Describe", "describe", "DESCRIBE", "Write", "list", "Enter", "fill in", "Fill **in**", "add", "Summarize", "ghi",
    "Mô tả", "MÔ TẢ", "liệt kê", "Liê\u{0323}\u{0302}t kê", "điền", "Điền", "viết", "nhập", "your", "this week",
    "tuần này", "goals", "objectives", "for Week 3", "Task", "1.", "2)", "-", "+", "*", "**", "•", " ", "  ", "\t",
    "\u{00A0}", "\u{2003}", "...", "…", "TBD", "the", "learned", "VPC", "EC2", "Tìm hiểu", "\u{212A}elvin", "İ",
    "e\u{0301}", "_", "snake_case", "https://aws.amazon.com", "!", "(", ")", ":", "3", "42", "café", "Ǆ",
    "Read the IAM user guide and create users", "x",
  ]

  @Test func theScreenNeverHidesAPlaceholder() {
    var random = SeededGenerator(seed: 3)
    var screened = 0
    for _ in 0..<20_000 {
      var raw = ""
      for _ in 0..<Int.random(in: 1...24, using: &random) {
        raw += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
        if Bool.random(using: &random) { raw += " " }
      }
      guard TemplatePlaceholderRule.surelyNoPlaceholder(raw) else { continue }
      screened += 1
      let text = InlineTextReader.read(raw).text
      #expect(TemplatePlaceholderRule.placeholder(text) == nil, "\(raw)")
    }
    #expect(screened > 1_000)
  }

  /// The rule's reading of a page's kept line (its bytes screened, its text made only when the
  /// screen cannot tell) names what the full reading of the line's text names, on pages with
  /// and without invalid UTF-8 (where a line is screened as its repaired text).
  @Test func aKeptLineIsReadAsItsTextIs() {
    var random = SeededGenerator(seed: 5)
    var read = 0
    for round in 0..<400 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        var line = Bool.random(using: &random) ? "- " : ""
        for _ in 0..<Int.random(in: 1...16, using: &random) {
          line += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)] + " "
        }
        bytes += Array(line.utf8)
        if round % 2 == 1 && Int.random(in: 0..<3, using: &random) == 0 { bytes.append(0xFF) }
        bytes.append(0x0A)
      }
      let source = SourceFile(path: "site/content/1.2-Week2/_index.md", bytes: bytes)
      for page in WorklogParser.parse(source) {
        for line in page.templateText.lines {
          read += 1
          let text = InlineTextReader.read(line.raw(in: source)).text
          #expect(
            TemplatePlaceholderRule.placeholder(line, of: source) == TemplatePlaceholderRule.placeholder(text),
            "\(line.raw(in: source))")
        }
      }
    }
    #expect(read > 1_000)
  }

  @Test func plainProseIsScreenedAndPromptsAreNot() {
    #expect(TemplatePlaceholderRule.surelyNoPlaceholder("Read the IAM user guide and created two users."))
    #expect(TemplatePlaceholderRule.surelyNoPlaceholder("**Tìm hiểu** các dịch vụ cơ bản của AWS và thực hành"))
    #expect(!TemplatePlaceholderRule.surelyNoPlaceholder("Describe your objectives for this week here."))
    #expect(!TemplatePlaceholderRule.surelyNoPlaceholder("- **Write** the goals you have for Week 3 in this list"))
    #expect(!TemplatePlaceholderRule.surelyNoPlaceholder("Mô tả mục tiêu của bạn cho tuần này tại đây nhé"))
    #expect(!TemplatePlaceholderRule.surelyNoPlaceholder("Task 1"))
    #expect(!TemplatePlaceholderRule.surelyNoPlaceholder("[Describe](x) something long enough to be a prompt"))
  }

  @Test func theScreensAssumptionsHold() {
    // Only `İ` and the Kelvin sign lower-case to something opening in ASCII, and no verb
    // opens with `i` or `k`; only `điền` opens outside ASCII.
    var toASCII: [UInt32] = []
    for v in UInt32(0x80)...0x10FFFF {
      guard let s = Unicode.Scalar(v), let first = s.properties.lowercaseMapping.unicodeScalars.first else { continue }
      if first.value < 0x80 { toASCII.append(v) }
    }
    #expect(toASCII == [0x130, 0x212A])
    #expect(!TemplatePlaceholderRule.promptVerbs.contains { $0.hasPrefix("i") || $0.hasPrefix("k") })
    #expect(TemplatePlaceholderRule.promptVerbs.filter { ($0.utf8.first ?? 0) >= 0x80 } == ["điền"])
    #expect(TemplatePlaceholderRule.verbOpenings.count == TemplatePlaceholderRule.promptVerbs.count - 1)
    #expect(TemplatePlaceholderRule.verbOpenings.filter { $0.base != nil }.count == 4)
  }

  @Test func decomposedAndStarredVerbsAreNotScreened() {
    #expect(!TemplatePlaceholderRule.surelyNoPlaceholder("Mo\u{0302} ta\u{0309} mục tiêu của bạn cho tuần này ở đây"))
    #expect(!TemplatePlaceholderRule.surelyNoPlaceholder("**Nhập** mục tiêu của bạn cho tuần này vào đây nhé"))
    #expect(!TemplatePlaceholderRule.surelyNoPlaceholder("Điền mục tiêu của bạn cho tuần này vào đây nhé bạn"))
    #expect(TemplatePlaceholderRule.surelyNoPlaceholder("Mua sắm thiết bị cho cả nhóm trong tuần này nữa"))
    // `Đ` could open `điền`: such a line is read.
    #expect(!TemplatePlaceholderRule.surelyNoPlaceholder("Đọc tài liệu hướng dẫn về IAM và thực hành tạo user"))
    #expect(TemplatePlaceholderRule.surelyNoPlaceholder("Ôn tập tài liệu hướng dẫn về IAM và thực hành tạo user"))
  }

  @Test func theFirstLetterAloneRulesOutAPromptAsTheFullTestDoes() {
    let texts =
      Self.pieces + [
        "Đọc tài liệu", "điền vào đây", "Tìm hiểu về IAM và thực hành", "İstanbul trip", "\u{212A}ubernetes",
        "Nhập mục tiêu", "Viết báo cáo tuần này cho nhóm", "Describe your goals for this week here",
      ]
    for text in texts {
      let padded = text + String(repeating: " x", count: 20)
      let lowered = padded.prefix(12).lowercased()
      let full = TemplatePlaceholderRule.promptVerbs.contains { lowered.hasPrefix($0) }
      #expect(TemplatePlaceholderRule.opensWithPromptVerb(padded) == full, "\(padded)")
    }
  }

  @Test func theWordScansAgreeWithAByteAtATime() {
    var random = SeededGenerator(seed: 21)
    let pieces = ["a", "b", " ", "é", "_", "[", "<", "`", "{", "&", "*", "x_y", "__", "!", "h", "http"]
    for _ in 0..<20_000 {
      var line: [UInt8] = []
      for _ in 0..<Int.random(in: 0...30, using: &random) {
        // Mostly letters, so many lines hold no markup.
        let piece = Int.random(in: 0..<4, using: &random) == 0 ? pieces.randomElement(using: &random) ?? "" : "ab"
        line += Array(piece.utf8)
      }
      var start = line.count
      for (k, b) in line.enumerated().reversed() {
        if [0x3C, 0x60, 0x7B, 0x26].contains(b) || (b == 0x5F && k + 1 < line.count && line[k + 1] == 0x5F) {
          start = k
        } else if b == 0x5B {
          start = k > 0 && line[k - 1] == 0x21 ? k - 1 : k
        }
      }
      let from = line.isEmpty ? 0 : Int.random(in: 0..<line.count, using: &random)
      let stars = line[from...].filter { $0 == 0x2A }.count
      line.withUnsafeBufferPointer { buf in
        #expect(TemplatePlaceholderRule.markupStart(buf) == start, "\(line)")
        #expect(TemplatePlaceholderRule.stars(buf, from..<buf.count) == stars, "\(line)")
      }
    }
  }

  @Test func theScreenNeverHidesAPlaceholderBehindMarkup() {
    let markup = [
      "[Describe](x)", "[Task 1](y)", "`code`", "<b>", "</b>", "![i](p.png)", "__", "a__b", "{{< ref >}}", "&amp;",
      "https://x.y", "<br>", "<https://a.b>", "[ x ]", "!", "[", "]", "(", "*", "**",
    ]
    var random = SeededGenerator(seed: 22)
    var screened = 0
    for _ in 0..<20_000 {
      var raw = ""
      for _ in 0..<Int.random(in: 1...24, using: &random) {
        let all = Int.random(in: 0..<3, using: &random) == 0 ? markup : Self.pieces
        raw += all[Int.random(in: 0..<all.count, using: &random)]
        if Bool.random(using: &random) { raw += " " }
      }
      guard TemplatePlaceholderRule.surelyNoPlaceholder(raw) else { continue }
      screened += 1
      let text = InlineTextReader.read(raw).text
      #expect(TemplatePlaceholderRule.placeholderByWords(text) == nil, "\(raw)")
    }
    #expect(screened > 1_000)
  }
}
