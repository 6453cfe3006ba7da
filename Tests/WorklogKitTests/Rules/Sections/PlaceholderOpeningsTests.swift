import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The byte screens inside `placeholderByWords` (`mayOpenWithVerbHead`, `mayEndWithStop`,
/// `firstBytesAgree`) change no answer: the rule names what its reading by characters alone names.
@Suite struct PlaceholderOpeningsTests {
  static let pieces =
    PlaceholderBytesTests.pieces + [
      "Làm quen", "LIỆT KÊ", "liệt kê", "Điền", "ĐIỀN", "điền", "Ghi", "Viết", "VIẾT", "Nhập", "nhap", "Fill in",
      "FILL\u{00A0}IN", "Add", "add", "Summarize", "Enter", "e\u{0301}", "\u{212A}", "İ", "ç", "Ć", "Công việc", "CÔNG",
      "co\u{0302}ng", "Hoạt động", "Thành tựu", "TASK", "Task", "…", "...", "!", ":", "tbd…", "Đang cập nhật…",
      "mô tả", "MÔ TẢ", "mo\u{0302} ta\u{0309}",
    ]

  /// `opensWithPromptVerb` as it read before the byte screens: the first 12 characters lower-cased.
  static func opensWithPromptVerbByCharacters(_ text: String) -> Bool {
    let lowered = text.prefix(12).lowercased()
    return TemplatePlaceholderRule.promptVerbs.contains(where: { lowered.hasPrefix($0) })
  }

  /// `placeholderByWords` as it read before the byte screens, word by word.
  static func placeholderByCharacters(_ text: String) -> String? {
    typealias R = TemplatePlaceholderRule
    guard text.utf8.count <= 200 else { return nil }
    if text.utf8.count > 32 {
      guard opensWithPromptVerbByCharacters(text) else { return nil }
    }
    let t = text.foldedForMatching
    guard !t.isEmpty else { return nil }
    if t.allSatisfy({ $0 == "." || $0 == "…" }), t.count <= 5 { return "item '\(text)'" }
    let bare = t.trimmingCharacters(in: ".:!…")
    if R.standIns.contains(bare) { return "item '\(text)'" }
    for noun in R.sectionNouns where bare.hasPrefix(noun) {
      let rest = String(bare.dropFirst(noun.count)).trimmingCharacters(in: " #")
      if !rest.isEmpty, rest.count <= 2, rest.allSatisfy(\.isNumber) { return "item '\(text)'" }
    }
    if R.promptVerbsSpaced.contains(where: { t.hasPrefix($0) }),
      t.split(separator: " ").count <= 10,
      R.promptTopics.contains(where: { t.contains($0) }),
      R.promptTargets.contains(where: { t.contains($0) }) || t.number(after: "week") != nil
        || t.number(after: "tuần") != nil
    {
      return "prompt '\(text)'"
    }
    return nil
  }

  @Test func theScreensChangeNoAnswer() {
    var random = SeededGenerator(seed: 46)
    var verbs = 0
    var found = 0
    for _ in 0..<30_000 {
      let text = String(decoding: RandomLines.line(Self.pieces, &random), as: UTF8.self)
      let opens = Self.opensWithPromptVerbByCharacters(text)
      if opens {
        verbs += 1
        #expect(TemplatePlaceholderRule.mayOpenWithVerbHead(text), "\(text)")
      }
      let expected = Self.placeholderByCharacters(text)
      #expect(TemplatePlaceholderRule.placeholderByWords(text) == expected, "\(text)")
      if expected != nil { found += 1 }
    }
    #expect(verbs > 1_000)
    #expect(found > 100)
  }

  @Test func trimmedTextsAreSeenToEndWithAStop() {
    for text in ["tbd.", "…tbd", "tbd…", "!x", "x:", "a", "", "tbd", "đ", "x\u{0301}"]
    where text.trimmingCharacters(in: ".:!…") != text {
      #expect(TemplatePlaceholderRule.mayEndWithStop(text), "\(text)")
    }
    #expect(!TemplatePlaceholderRule.mayEndWithStop("tbd"))
  }

  @Test func aVerbWithoutAnASCIIStartOpensOnlyTextOutsideASCII() {
    #expect(TemplatePlaceholderRule.mayOpenWithVerbHead("điền vào"))
    #expect(TemplatePlaceholderRule.mayOpenWithVerbHead("Describe"))
    #expect(!TemplatePlaceholderRule.mayOpenWithVerbHead("Làm quen với AWS"))
    #expect(!TemplatePlaceholderRule.mayOpenWithVerbHead(""))
  }
}
