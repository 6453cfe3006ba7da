import Testing

@testable import WorklogKit

/// Day names read from plain bytes agree with the `Character` reading.
@Suite struct DayNameBytesTests {
  /// Folded label texts: every name and prefix the reading knows, near misses, spaces, signs.
  static let names: [String] = [
    "mon", "monday", "tues", "tue", "wednesday", "wed", "thursday", "thurs", "thur", "thu", "fri", "friday", "sat",
    "saturday", "sun", "sunday", "cn", "chủ nhật", "chu nhat", "hai", "ba", "tư", "tu", "bốn", "năm", "sáu", "bảy",
    "bẩy", "thứ 2", "thứ2", "thứ  8", "thứ hai", "thứ tư", "thứba", "thu 3", "thu ba", "t2", "t 7", "t8", "t9", "t1",
    "thai", "t hai", "day 3", "day +3", "day -1", "day 003", "ngày 2", "ngay 12", "day", "days 3", "monx", "mo",
    "thứ\u{00A0}2", "thứ 2 ", "tuesday2", "sat–sun", "chủ", "ngày", "b", "w", "thứ 0000002", "t+5",
  ]

  @Test(arguments: names) func bytesAgreeWithCharacters(_ text: String) {
    #expect(CellBytes.isPlain(text))
    #expect(DayLabel.parseName(text) == DayLabel.parseNameByCharacters(text))
  }

  /// Text that is not plain (NFD, joiners, full-width letters) is read by characters, and reads
  /// as the plain text it is equivalent to.
  @Test func nfdReadsAsNFC() {
    for (nfd, nfc) in [("thu\u{031B}\u{0301} 2", "thứ 2"), ("tu\u{031B}", "tư"), ("na\u{0306}m", "năm")] {
      #expect(!CellBytes.isPlain(nfd))
      #expect(DayLabel.parse(nfd) == DayLabel.parse(nfc))
    }
    #expect(!CellBytes.isPlain("ｍｏｎ"))
    #expect(DayLabel.parse("Ｍｏｎ") == DayLabel.parseNameByCharacters("ｍｏｎ"))
  }

  /// A label read with its date hands that reading on, and one without a digit reads none.
  @Test(arguments: [
    "06/07/2026", "06/07", "03-09/08", "2026-07-06", "Monday (06/07)", "Thứ 2 - Thứ 6", "Mon - Fri", "2-3", "Setup VPC",
    "06/07/2026 - 10/07/2026", "May 4, 2026", "n/a", "", "—", "Thứ Hai", "１２/０７",
  ])
  func readingIsHandedOn(_ text: String) {
    let (label, read) = DayLabel.parseReading(text)
    #expect(label == DayLabel.parse(text))
    if let read {
      #expect(read == DateReading.parse(text))
    } else if text.foldedForMatching.utf8.elementsEqual(text.utf8), case .unknown = label {
      #expect(!CellBytes.hasDigit(text))
    }
  }
}
