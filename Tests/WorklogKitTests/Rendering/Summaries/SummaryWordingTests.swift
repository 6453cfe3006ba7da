import Testing

@testable import WorklogKit

@Suite struct SummaryWordingTests {
  let d = { (y: Int, m: Int, day: Int) in CalendarDate(year: y, month: m, day: day)! }

  @Test func rangesDropTheRepeatedYear() {
    #expect(SummaryWording.compactRange(d(2025, 10, 27), d(2025, 10, 31)) == "2025-10-27..10-31")
    #expect(SummaryWording.compactRange(d(2025, 12, 29), d(2026, 1, 2)) == "2025-12-29..2026-01-02")
    #expect(SummaryWording.compactRange(d(2025, 10, 27), d(2025, 10, 27)) == "2025-10-27")
    #expect(SummaryWording.compactRange(nil, nil) == nil)
  }

  @Test func weekListsCollapseRunsOfThree() {
    #expect(SummaryWording.weekList([9, 1, 3, 4, 5, 7, 8]) == "1, 3-5, 7-9")
    #expect(SummaryWording.weekList([1, 2, 4]) == "1, 2, 4")
    #expect(SummaryWording.weekList([]) == "")
  }

  @Test func taskItemsReadAsOnePhrase() {
    let items = [
      TextItem(text: "Meet the team", level: 1), TextItem(text: "Practice:", level: 1),
      TextItem(text: "Create a user", level: 2), TextItem(text: "Turn on MFA", level: 2),
    ]
    #expect(SummaryWording.oneLine(items) == "Meet the team; Practice: Create a user, Turn on MFA")
  }

  @Test func controlCharactersBecomeVisibleEscapes() {
    #expect(SummaryWording.visible("a\u{1B}[31mb\tc\u{85}") == "a\\x1B[31mb\\x09c\\x85")
    #expect(SummaryWording.visible("Tuần 8") == "Tuần 8")
  }

  @Test func markdownEscapesPunctuationThatWouldFormatOrLink() {
    #expect(
      SummaryMarkdown.escape("a | b <div> *x* _y_ [z](u) & `c` #1")
        == "a \\| b \\<div\\> \\*x\\* \\_y\\_ \\[z\\](u) \\& \\`c\\` \\#1")
    #expect(SummaryMarkdown.escape("- item") == "\\- item")
    #expect(SummaryMarkdown.escape("12. step") == "12\\. step")
    #expect(SummaryMarkdown.escape("2025-10-27 a-b") == "2025-10-27 a-b")
  }

  @Test func onlyWebAddressesBecomeLinks() {
    #expect(
      SummaryMarkdown.link(Reference(title: "Docs", url: "https://a.example/x (y)|z"))
        == "[Docs](https://a.example/x%20%28y%29%7Cz)")
    #expect(SummaryMarkdown.link(Reference(title: "Run", url: "javascript:alert(1)")) == "Run (javascript:alert(1))")
    #expect(SummaryMarkdown.link(Reference(title: "Notes", url: nil)) == "Notes (no link)")
  }
}
