import Testing

@testable import WorklogKit

/// The byte checks on cells agree with the `String` code they stand in for.
@Suite struct CellBytesTests {
  /// Cells that are tricky to read by bytes: NFD text, `İ`, no-break and other spaces, a space
  /// or a `*` that a combining mark joins, signs, invalid UTF-8 decoded to U+FFFD.
  static let tricky: [String] = [
    "", " ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2003}", " a ", "a\u{00A0}", "\u{00A0}a", "12", "+5", "-0", "-5",
    "99", "100", "1.5", "**7**", "0099", "+", "-", "*", ".", "5\u{301}", "*\u{301}3", "12345678901234567890",
    "Thứ 2", "Thu\u{031B}\u{0301} 2", "İstanbul", "N/A", "n/a", "TBD", "x", "xx", "---", "không có", "KHÔNG",
    "Tìm hiểu IAM và chính sách", "Dựng  mạng riêng", "a \u{301}b", "a\u{0600} b", "ứng dụng", "đã được làm",
    "one two three four five six seven eight", "🇻🇳 flag 👍🏽 ok", "a\u{200D} b",
    String(decoding: [0x61, 0xFF, 0x20, 0x62], as: UTF8.self), "Monday (06/07)", "06/07/2026", "\u{0085}x",
    "abcdefghijklmnopqrstuvwxy", "abcdefghijklmnopqrstuvwx", "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}",
  ]

  @Test(arguments: tricky) func trimmingAgrees(_ text: String) {
    #expect(text.trimmingSpaces.utf8.elementsEqual(text.trimmingSpacesByCharacters.utf8))
    #expect(CellBytes.isBlank(text) == text.trimmingSpaces.isEmpty)
  }

  @Test(arguments: tricky) func smallNumberAgrees(_ text: String) {
    let old = Int(text.filter { $0 != "*" && $0 != "." }).map { (0..<100).contains($0) } ?? false
    #expect(CellBytes.isSmallNumber(text) == old)
  }

  @Test(arguments: tricky) func lengthAndWordsAgree(_ text: String) {
    #expect(CellBytes.hasAtMost(24, charactersIn: text) == (text.count <= 24))
    #expect(CellBytes.wordCount(text) == text.split(separator: " ").count)
  }

  @Test(arguments: tricky) func placeholderCheckNeverMissesOne(_ text: String) {
    if TaskText.isPlaceholder(text) { #expect(CellBytes.mayBePlaceholder(text)) }
  }

  @Test(arguments: tricky) func digitCheckAgrees(_ text: String) {
    #expect(CellBytes.hasDigit(text) == text.unicodeScalars.contains { $0.value >= 0x30 && $0.value <= 0x39 })
  }

  @Test(arguments: tricky) func byteCheckAgrees(_ text: String) {
    for byte in [UInt8(0x0A), UInt8(ascii: "*"), UInt8(ascii: "_"), 0x80, 0xBF] {
      #expect(CellBytes.contains(byte, in: text) == text.utf8.contains(byte))
    }
  }

  @Test func placeholderLettersAreTheWordsLetters() {
    for b in UInt8(ascii: "a")...UInt8(ascii: "z") {
      let inWords = "abcdeghiklnortux".utf8.contains(b)
      #expect((CellBytes.placeholderLetterBits >> UInt32(b - 0x61) & 1 == 1) == inWords)
      #expect(CellBytes.mayBePlaceholder(String(UnicodeScalar(b))) == inWords)
      #expect(CellBytes.mayBePlaceholder(String(UnicodeScalar(b - 0x20))) == inWords)
    }
    for text in CellBytesTests.tricky + ["Thực hành", "n/a ✅", "x1", "ĐÃ XONG"] {
      let old = !text.utf8.contains { b in
        b < 0x80
          && (ByteText.isDigit(b)
            || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A && !"abcdeghiklnortux".utf8.contains(b | 0x20)))
      }
      #expect(CellBytes.mayBePlaceholder(text) == old, "\(text.debugDescription)")
    }
  }

  @Test func placeholdersMayBeOnes() {
    for text in ["-", "N/A", "none", "Không có", "TRỐNG", "null", "x", "…", "——"] {
      #expect(TaskText.isPlaceholder(text))
      #expect(CellBytes.mayBePlaceholder(text))
    }
    #expect(!CellBytes.mayBePlaceholder("Set up VPC"))
    #expect(!CellBytes.mayBePlaceholder("06/07"))
  }
}
