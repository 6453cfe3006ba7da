import Testing
import WorklogTestSupport

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

  @Test func plainTextWrapsByBytesAsByCharacters() {
    var random = SeededGenerator(seed: 21)
    let pieces = [
      "a", "word", "longerwordthanaline", "path/to/some/file.md", "well-known-long-hyphenated-name", " ", "  ", "\n",
      "-", "/", "x/", "(3 of 5)", "weeks 3-5", "https://example.com/a/b/c/d", "", "\r\n", "é", "\t", "…", "Tuần",
      "Nhật-ký/tuần-thứ-tám", "—", "·", "’s", "\u{00A0}", "\u{0080}", "ǅ", "ạ", "‧", "‰", "e\u{0301}", "日本",
      "✅", "a\u{200D}b", "ɏ", "\u{02FF}", "\u{0300}",
    ]
    var plain = 0
    var beyondASCII = 0
    for _ in 0..<6_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...14, using: &random) {
        text += pieces[Int.random(in: 0..<pieces.count, using: &random)]
      }
      let width = Int.random(in: -1...30, using: &random)
      var copy = text
      if copy.withUTF8({ WordWrap.wrapPlain($0, width: max(1, width)) }) != nil {
        plain += 1
        if !text.utf8.allSatisfy({ $0 < 0x80 }) { beyondASCII += 1 }
      }
      #expect(WordWrap.wrap(text, width: width) == WordWrap.wrapCharacters(text, width: width), "\(text) \(width)")
    }
    // Most texts take the byte path; a carriage return, a tab, a mark, a wide letter do not.
    #expect(plain > 500)
    #expect(beyondASCII > 200)
    var crlf = "a\r\nb"
    #expect(crlf.withUTF8 { WordWrap.wrapPlain($0, width: 10) } == nil)
    var marked = "Tua\u{0300}n 8"
    #expect(marked.withUTF8 { WordWrap.wrapPlain($0, width: 10) } == nil)
    var vietnamese = "Tuần 8: nhật ký…"
    #expect(vietnamese.withUTF8 { WordWrap.wrapPlain($0, width: 10) } == ["Tuần 8:", "nhật ký…"])
  }
}
