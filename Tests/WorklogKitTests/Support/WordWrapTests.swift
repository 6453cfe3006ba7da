import Testing

@testable import WorklogKit

@Suite struct WordWrapTests {
  @Test func breaksAtSpacesWithinTheWidth() {
    #expect(
      WordWrap.wrap("the quick brown fox jumps over the lazy dog", width: 10) == [
        "the quick", "brown fox", "jumps over", "the lazy", "dog",
      ])
  }

  @Test func aWordThatFitsExactlyStaysOnTheLine() {
    #expect(WordWrap.wrap("abcde fghij", width: 5) == ["abcde", "fghij"])
    #expect(WordWrap.wrap("ab cd", width: 5) == ["ab cd"])
  }

  @Test func newlinesBreakAndLeadingSpacesIndentTheWholeParagraph() {
    #expect(
      WordWrap.wrap("Practice:\n  write a function that greets", width: 12) == [
        "Practice:", "  write a", "  function", "  that", "  greets",
      ])
  }

  @Test func aLongWordIsSplitAfterASlashWhenOneFallsLateEnoughInTheLine() {
    #expect(
      WordWrap.wrap("see https://docs.aws.amazon.com/lambda/latest/dg/welcome.html", width: 24) == [
        "see", "https://docs.aws.amazon.", "com/lambda/latest/dg/", "welcome.html",
      ])
    #expect(
      WordWrap.wrap("content/1-Worklog/1.8-Week8/_index.md", width: 20) == [
        "content/1-Worklog/", "1.8-Week8/_index.md",
      ])
  }

  @Test func aLongWordWithoutBreaksIsCutHard() {
    #expect(WordWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
  }

  @Test func noLineEverExceedsTheWidthOrEndsInASpace() {
    let text =
      "Tìm hiểu kiến thức cơ bản về Lambda: handler, runtime, bộ nhớ và timeout\n  Viết một hàm Python trả về lời chào  với   nhiều khoảng trắng"
    for width in 1...40 {
      for line in WordWrap.wrap(text, width: width) {
        #expect(WordWrap.width(line) <= width, "width \(width): '\(line)'")
        #expect(line.last != " ")
      }
    }
  }

  @Test func emptyTextGivesOneEmptyLine() {
    #expect(WordWrap.wrap("", width: 10) == [""])
    #expect(WordWrap.wrap("a\n\nb", width: 10) == ["a", "", "b"])
  }

  @Test func widthCountsColumnsNotBytes() {
    #expect(WordWrap.width("Nhật ký Tuần 8") == 14)
    #expect(WordWrap.width("Tue\u{0300}\u{0300}n") == 4)  // combining marks take no column
    #expect(WordWrap.width("日本語") == 6)
    #expect(WordWrap.width("ok ✅") == 5)
  }
}
