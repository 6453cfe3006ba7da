import Testing

@testable import WorklogKit

/// The byte answers `DayLabel.parseReading` uses agree with the `utf8` view's.
@Suite struct DayLabelMarksTests {
  static let texts: [String] = [
    "", "mon", "**mon**", "`t2`", "2 (t3)", "(", "*", "thứ 2 (15/06)", "thu\u{031B}\u{0301} 2", "*\u{0301}",
    "(\u{0301}", "ｍｏｎ", "mon\u{00A0}", "\u{FFFD}x", "mon - fri", "thứ 2 – thứ 6", "2-3", "mon to fri", " to ", "to ",
    "mon to", "1/2", "a&b", "a,b", "…", "a very long label that is not a small string at all (yes)",
  ]

  @Test(arguments: texts) func marksAgreeWithTheUTF8View(_ text: String) {
    let marks = DayLabelMarks(text)
    #expect(marks.emphasis == text.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "`") })
    #expect(marks.parenthesis == text.utf8.contains(UInt8(ascii: "(")))
    let separators = [" - ", " – ", "-", "–", " to ", ",", "/", "&"]
    if separators.contains(where: { text.contains($0) }) { #expect(marks.separator) }
    let ends = DayLabelMarks.ends(text)
    #expect(ends?.0 == text.utf8.first && ends?.1 == text.utf8.last)
    for other in DayLabelMarksTests.texts {
      #expect(DayLabelMarks.sameBytes(text, other) == text.utf8.elementsEqual(other.utf8))
    }
  }

  /// Canonically equal texts are not the same bytes.
  @Test func nfdIsNotTheSameBytesAsNFC() {
    #expect("thu\u{031B}\u{0301}" == "thứ")
    #expect(!DayLabelMarks.sameBytes("thu\u{031B}\u{0301}", "thứ"))
    #expect(DayLabelMarks.sameBytes("thứ 2", "thứ 2"))
  }
}
