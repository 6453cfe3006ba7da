import Testing

@testable import WorklogKit

/// `PreMalformedRule.holdsNumber` answers as `WorklogParser.weekInPre` reads, and the date rules'
/// `TaskText.mayNameAWeek` passes every label whose folding holds `week` or `tuần`.
@Suite struct PreHoldsNumberTests {
  @Test func theBytesAgreeWithTheReader() {
    for text in [
      " <b> 1.8. </b> ", "<b>8.</b>", "<b></b>", "", "1<b>2", "<b 3>", "x>4", "<5", "12345678901234567890",
      "123456789012345678", "1234567890123456789", "99999999999999999999 <b>3</b>", "tuần 3", "<b>٣</b>", "\r\n7",
      "<<1>>", "a1b", "   ", "<b> 1.</b", "<b>1.12.</b>",
    ] {
      #expect(PreMalformedRule.holdsNumber(text) == (WorklogParser.weekInPre(text) != nil), "\(text)")
    }
  }

  @Test func everyWeekLabelMayNameAWeek() {
    for label in ["Week 3", "WEEK 3-4", "Tuần 3", "TUẦN 4", "tua\u{0300}\u{0302}n 2", "Weeks", "w"] {
      #expect(TaskText.mayNameAWeek(label), "\(label)")
    }
    for label in ["Monday", "Tuesday", "Thứ Hai", "Thứ Năm", "2", "Sunday"] {
      #expect(!TaskText.mayNameAWeek(label), "\(label)")
      let folded = label.foldedForMatching
      #expect(!folded.contains("week") && !folded.contains("tuần"), "\(label)")
    }
  }
}
