import Testing
import WorklogTestSupport

@testable import WorklogKit

/// `WorklogParser.weekInPre` reads ASCII by its bytes as its `Character`s read it, and the date
/// rules' `TaskText.mayNameAWeek` passes every label whose folding holds `week` or `tuần`.
@Suite struct PreHoldsNumberTests {
  /// The week read from the bytes of an ASCII `pre` is the one the `Character`s give: the last
  /// run of digits outside the tags that fits an `Int`, on fixed texts and 20,000 random ones.
  @Test func theWeekReadByBytesIsTheCharacters() {
    var texts = [
      " <b> 1.8. </b> ", "<b>8.</b>", "<b></b>", "", "1<b>2", "<b 3>", "x>4", "<5", "12345678901234567890",
      "9223372036854775807", "9223372036854775808", "3 99999999999999999999", "007", "\r\n7", "<<1>>", "a1b",
      "<b>٣</b>", "tuần 3", "<b>1.12.</b>", "123456789012345678", "1234567890123456789",
      "99999999999999999999 <b>3</b>", "   ", "<b> 1.</b",
    ]
    var rng = SeededGenerator(seed: 8)
    let pieces = ["<", ">", "b", " ", ".", "1", "2", "9", "0", "\r\n", "99999999999", "</b>", "<b>"]
    for _ in 0..<20_000 {
      texts.append((0..<Int.random(in: 0...10, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
    }
    for text in texts {
      #expect(WorklogParser.weekInPre(text) == WorklogParser.weekInPreByCharacters(text), "\(text)")
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
