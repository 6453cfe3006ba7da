import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The byte reading against the `Character` reading it stands in for: the same text, items,
/// links and flags byte for byte, or no answer (nil) where a scalar might join its neighbour.
@Suite struct InlineByteReaderTests {
  static let tricky = [
    "", " ", "Study IAM<br>Create users", "a<BR>b", "a<br/>b", "a<br />b", "a<bR / />b", "a<br    >b", "a<b r>b",
    "a<br", "a<br>", "<br>a", "<br><br>", "x <br>&emsp;+ sub<br> &emsp; + sub two", "&lt;br&gt;x", "&amp;lt;br&amp;gt;",
    "&nbsp;&nbsp;&nbsp;&nbsp;- deep", "\t- tab", "    - four", "\u{2003}\u{2003}1. two", "12. x", "123. x", "1) x",
    "1.x", "1. ", "- ", "-", "+ plus", "+plus", "• bullet", "•bullet", "•", "* **bold** item", "**", "__init__",
    "a__b", "[t](u)", "[t](u \"title\")", "[t]( )", "[t](", "[[a](b)](c)", "[a<br>b](c)", "![img](x.png) text",
    "<https://x.example>", "<http", "see https://a.example/c). end", "`code` span", "``a`b``", "unclosed `tick",
    "{{< ref \"x\" >}}", "{{% notice %}}n{{% /notice %}}", "<i>Lab</i> <strong>x</strong>", "latency < 100ms",
    "red \u{1B}[31m", "a\u{0}b", "a\rb", "a\r\nb<br>\r\n- x", "Tìm hiểu về AWS<br>&emsp;+ Tạo VPC",
    "Đọc tài liệu • Ghi chú → ✅", "- Học về **EC2**<br>- Thực hành [Lab 1](https://000001.awsstudygroup.com/vi/)",
    "\u{00A0}- nbsp", "x\u{00A0}", "![a\u{1B}](x.png) text", "long ascii words then \u{7F} and a tab\there",
    "Kết quả: đã hoàn thành bài lab &amp; ghi chú<br>- tiếp theo [Lab](https://x.example/vi/ \"t\")",
    "12345678&lt;br&gt;Đ1234567<br>[x](y)", "ĐĐĐĐĐĐĐĐĐĐĐĐĐ<BR/>ĐĐĐ", "1234567Đ<br>1234567Ế&emsp;", "&emsp;",
    "&#8195;- x", "A &amp; B &lt; C&nbsp;D &quot;q&#39;&apos;",
    // Scalars that join or compose: the Character reading answers these.
    "Ha\u{300}m<br>- vie\u{302}\u{301}t", "<\u{301}br>x", "a<br>\u{301}x", "-\u{301} x", " \u{301}- x", "1\u{301}. x",
    "\u{2001}- em quad", "\u{0600}<br>x", "✅\u{FE0F} done<br>x", "👍🏽 ok", "🇻🇳 vn", "a\u{200D}b",
    "e\u{301}<br>-\u{20DD} x",
    String(decoding: [0x61, 0xFF, 0x3C, 0x62, 0x72, 0x3E, 0xC3], as: UTF8.self),
    String(decoding: [0x2D, 0x20, 0xE2, 0x80, 0x3C, 0x42, 0x52, 0x3E, 0x2D, 0xED, 0xA0, 0x80], as: UTF8.self),
  ]

  static let pieces = [
    "<br>", "<BR />", "<br/ >", "<b", "r>", "&emsp;", "&nbsp;", "&lt;", "&gt;", "&amp;", "&", " ", "  ", "\t",
    "\u{2003}",
    "\u{00A0}", "-", "+", "*", "•", "1", "12", ".", ")", "[", "]", "(", ")", "![", "<", ">", "/", "`", "``", "_", "__",
    "{{<", ">}}", "{{%", "%}}", "http://", "https://x.y", "<https://", "<i>", "</i>", "word", "Kết", "đã", "→", "✅",
    "\u{0301}", "\u{0300}", "\u{FE0F}", "\u{200D}", "\u{0600}", "\u{2001}", "🙂", "\r", "\n", "\r\n", "\u{1B}",
    "\u{FFFD}",
    "e\u{0301}", "\"", "'", "h", "htt", "http", "ttp://", "hello", "!", "{", "Ngày 06/07/2026",
  ]

  private func expectSame(
    _ markdown: String, listMarkers: Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let old = InlineTextReader.readByCharacters(markdown, listMarkers: listMarkers)
    guard let new = InlineByteReader.read(markdown, listMarkers: listMarkers) else { return }
    #expect(
      Array(new.text.utf8) == Array(old.text.utf8), "\(markdown.debugDescription)", sourceLocation: sourceLocation)
    #expect(
      new.items.map { [UInt8]($0.text.utf8) } == old.items.map { [UInt8]($0.text.utf8) }, sourceLocation: sourceLocation
    )
    #expect(
      new.items.map(\.level) == old.items.map(\.level), "\(markdown.debugDescription)", sourceLocation: sourceLocation)
    #expect(new.links == old.links, "\(markdown.debugDescription)", sourceLocation: sourceLocation)
    #expect(new.brokenLinks == old.brokenLinks, sourceLocation: sourceLocation)
    #expect(new.hasControlCharacters == old.hasControlCharacters, sourceLocation: sourceLocation)
  }

  @Test(arguments: tricky)
  func agreesWithTheCharacterReading(_ markdown: String) {
    expectSame(markdown, listMarkers: true)
    expectSame(markdown, listMarkers: false)
  }

  @Test func randomMixesAgree() {
    var rng = SeededGenerator(seed: 14)
    for _ in 0..<3000 {
      var s = ""
      for _ in 0..<Int.random(in: 1...12, using: &rng) { s += Self.pieces.randomElement(using: &rng) ?? "" }
      expectSame(s, listMarkers: true)
      expectSame(s, listMarkers: false)
    }
  }

  @Test func plainTextIsReadByBytes() {
    for s in ["", "Study IAM<br>- Create users", "Tìm hiểu về AWS → ✅ • ghi chú", "&emsp;+ x", "a\r\nb"] {
      #expect(InlineByteReader.read(s, listMarkers: true) != nil, "\(s.debugDescription)")
    }
  }

  /// A cell of one plain line (dates, day labels, most task texts) is read without `InlineScan`:
  /// `readPlain` answers it, and only it; the suite's other tests hold its answers to the
  /// `Character` reading through `read`.
  @Test func plainLinesAreReadWithoutTheScan() {
    func plain(_ s: String) -> InlineText? {
      var bytes = s
      return bytes.withUTF8 { InlineByteReader.readPlain($0, s, listMarkers: true) }
    }
    for s in ["", "  ", "06/07/2026", "Thứ 2", "- Học về EC2 và S3 ", "1. hello there", "\u{00A0}+ sub", "ha ha http"] {
      #expect(plain(s) != nil, "\(s.debugDescription)")
    }
    #expect(plain("Mon")?.text == "Mon")
    #expect(plain("\u{2003}+ Tạo VPC ").map { ($0.text, $0.items.map(\.level)) } ?? ("", []) == ("Tạo VPC", [2]))
    for s in ["see https://x.example", "http://x", "**bold**", "a_b", "`x`", "{{< x >}}", "wow!"] {
      #expect(plain(s) == nil, "\(s.debugDescription)")
    }
  }

  @Test func joiningScalarsAreLeftToCharacters() {
    for s in ["e\u{301}", "✅\u{FE0F}", "👍🏽", "a\u{200D}b", "\u{0600}<br>", "\u{2001}x", "🇻🇳"] {
      #expect(InlineByteReader.read(s, listMarkers: true) == nil, "\(s.debugDescription)")
    }
  }

  /// What the byte reading rests on: a scalar it accepts is a `Character` next to any literal the
  /// `Character` reading compares with, and equals (or lower-cases to) one only when it is it.
  @Test func acceptedScalarsStandAlone() {
    let literals: [Character] = [
      " ", "\t", "<", ">", "/", "b", "r", "B", "R", "-", "+", "*", ".", ")", "0", "9", "\u{2003}", "\u{00A0}", "•",
    ]
    let ranges: [ClosedRange<UInt32>] = [0x80...0x2FFF, 0x1F300...0x1F9FF]
    for range in ranges {
      for v in range where v == 0x2003 || FoldedText.isPlain(v) {
        guard let scalar = Unicode.Scalar(v) else { continue }
        let c = Character(scalar)
        #expect(c.lowercased() != "b" && c.lowercased() != "r")
        for literal in literals {
          #expect((c == literal) == c.unicodeScalars.elementsEqual(literal.unicodeScalars), "U+\(v)")
          #expect("\(c)\(literal)".count == 2, "U+\(v)")
          #expect("\(literal)\(c)".count == 2, "U+\(v)")
        }
      }
    }
  }
}
