import Testing

@testable import WorklogKit

/// The byte reading of numeric date cells agrees with the token reading, and leaves the rest to it.
@Suite struct NumericDateBytesTests {
  /// Numbers of every length the readings tell apart, and values at their edges.
  static let numbers = [
    "0", "1", "6", "06", "12", "13", "29", "31", "32", "99", "202", "2026", "1999", "0000", "26", "20255",
  ]
  static let symbols = ["/", "-", "."]

  /// Every cell of one, two or three numbers with the symbols between them.
  static var shapes: [String] {
    var out = numbers
    for a in numbers {
      for s in symbols {
        for b in numbers {
          out.append(a + s + b)
          for t in symbols { for c in numbers { out.append(a + s + b + t + c) } }
        }
      }
    }
    return out
  }

  @Test func agreesOnEveryShape() {
    for text in Self.shapes {
      let fast = NumericDateBytes.read(text)
      #expect(fast != nil, "\(text)")
      if let fast { #expect(fast == DateReading.parseTokens(text), "\(text)") }
    }
  }

  /// Cells the bytes leave to the tokens: spaces, words, signs, a trailing or doubled symbol, a
  /// fourth number, non-ASCII digits or dashes, invalid UTF-8 read as U+FFFD.
  static let others: [String] = [
    "", " ", "06/07/2026 ", " 06/07", "06/07/2026 - 10/07/2026", "03-09/08/2026", "06/07/2026 12:00", "-5", "5-",
    "06//07", "1/2/3/4", "May 4, 2026", "４/５/２０２６", "06–07/08", "06/07/2026\u{301}", "Thứ 2", "Mon", "N/A",
    "**06/07**", "06/07,", "1234567890/1", String(decoding: [0x30, 0x36, 0x2F, 0xFF, 0x37], as: UTF8.self),
  ]

  @Test(arguments: others) func leavesTheRestToTokens(_ text: String) {
    #expect(NumericDateBytes.read(text) == nil)
    #expect(DateReading.parse(text) == DateReading.parseTokens(text))
  }
}
