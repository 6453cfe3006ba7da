import Testing

@testable import WorklogKit

/// `FoldedText.written(_:)` writes into one buffer what `appended(_:)` appends a byte at a time.
@Suite struct FoldedTextWriterTests {
  static let texts: [String] = {
    var texts = FoldedTextTests.tricky
    texts += [
      "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ ĐƠƯĂÂÊÔ",
      "Tie\u{0302}\u{0301}ng Vie\u{0323}\u{0302}t NFD",
      String(decoding: [0x41, 0xFF, 0x42, 0xC3, 0x28, 0xE2, 0x82, 0x43] as [UInt8], as: UTF8.self),
      String(repeating: "Learn AWS VPC, subnets & route tables; ", count: 200),
      String(repeating: "Tìm hiểu Amazon EC2 – ĐỌC TÀI LIỆU! ", count: 150),
      // Capitals whose lower case is longer: a text made of them overflows the buffer.
      "İ", String(repeating: "İ", count: 40), String(repeating: "Ⱥ Ⱦ ", count: 30), "a İİİİİİİİİİİİİİİİİİİİ b",
      "\u{10400}\u{10401} Deseret", "x" + String(repeating: "!", count: 50) + "y",
    ]
    return texts
  }()

  @Test func theWriterMakesTheAppendedBytes() {
    for text in Self.texts {
      let appended = FoldedText.appended(text)
      if let written = FoldedText.written(text) { #expect(written == appended, "\(text)") }
      #expect(FoldedText(text).bytes == appended.bytes, "\(text)")
      #expect(FoldedText(text).isPlain == appended.isPlain, "\(text)")
      #expect(FoldedText(text).scalars == appended.scalars, "\(text)")
      #expect(FoldedText(text).string == FoldedTextTests.reference(text), "\(text)")
    }
  }

  /// Every ASCII byte, alone and between letters, folds as the appender folds it (the writer
  /// reads ASCII through its table, the appender through range tests).
  @Test func everyASCIIByteFoldsAsTheAppenderFoldsIt() {
    for b in UInt8(0)..<0x80 {
      for text in [String(UnicodeScalar(b)), "a\(UnicodeScalar(b))Z9", "\(UnicodeScalar(b))\(UnicodeScalar(b)) x"] {
        #expect(FoldedText.written(text) == FoldedText.appended(text), "byte \(b)")
      }
    }
  }

  @Test func aTextThatWouldNotFitIsLeftToTheAppender() {
    #expect(FoldedText.written(String(repeating: "İ", count: 40)) == nil)
    #expect(FoldedText.written("Tiếng Việt") != nil)
  }
}
