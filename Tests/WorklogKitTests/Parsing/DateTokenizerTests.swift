import Testing

@testable import WorklogKit

/// The tokenizer's ASCII fast path reads cells as the scalar-property reading did.
@Suite struct DateTokenizerTests {
  /// The tokenizer as it was: every scalar classified by its Unicode properties.
  static func byProperties(_ text: String) -> [DateToken] {
    var out: [DateToken] = []
    var number = 0
    var digits = 0
    var word = ""
    func flush() {
      if digits > 0 { out.append(.number(digits > 9 ? Int.max : number, digits: digits)) }
      if !word.isEmpty { out.append(.word(word.lowercased())) }
      number = 0
      digits = 0
      word = ""
    }
    for ch in text.unicodeScalars {
      if ch.value >= 0x30 && ch.value <= 0x39 {
        if !word.isEmpty { flush() }
        if digits < 10 { number = number * 10 + Int(ch.value - 0x30) }
        digits += 1
      } else if ch.properties.isAlphabetic {
        if digits > 0 { flush() }
        word.unicodeScalars.append(ch)
      } else {
        flush()
        if ch == "*" || ch == "_" || ch == "`" || ch.properties.isWhitespace { continue }
        out.append(.symbol(ch))
      }
    }
    flush()
    return out
  }

  static let cells: [String] = [
    "06/07/2026", "Thứ Hai (29/06/2026) – Thứ Sáu (03/07/2026)", "May 4, 2026", "17 APRIL 2026", "2026-07-06",
    "**03-09/08/2026**", "`12:00` PM", "ΟΔΟΣ 12", "İstanbul 1990", "Ngày\u{00A0}5\u{2003}tháng 6", "1\u{0301}2",
    "12345678901234", "a_b*c`d", "\u{0007}\u{007F}\u{0085}x", "N/A", "e\u{301}t\u{0323}", "🇻🇳 2026",
    String(decoding: [0x31, 0xFF, 0x32], as: UTF8.self), "MixedÉword", "tab\there", "ⅫⅣ 3",
  ]

  @Test(arguments: cells) func tokensAgree(_ text: String) {
    #expect(DateTokenizer.tokens(text) == DateTokenizerTests.byProperties(text))
  }

  @Test(arguments: cells + ["in 2024", "12345", "1989 1990", "2100", "2101/01", "x2026x", "20260"])
  func yearShapedRunAgreesWithTheTokens(_ text: String) {
    let fromTokens = DateTokenizer.tokens(text).contains {
      if case .number(let y, 4) = $0 { return (1990...2100).contains(y) } else { return false }
    }
    #expect(DateReading.hasYearShapedRun(text.utf8) == fromTokens)
  }

  @Test func placeholdersStillReadAsNothing() {
    for text in ["n/a", " N/A ", "NA", "tbd", "TBC", "x", "X"] { #expect(DateReading.parse(text) == nil) }
    #expect(DateReading.parse("x 5") == .notADate)
  }
}
