import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The faster cell readings of the task table against the code they replaced: one line of a
/// cell's text, its words counted up to a limit, its letters with link titles removed, and
/// its entities decoded.
@Suite struct CellReadingOracleTests {
  /// Pieces random cells are made of: Vietnamese, `<br>`, entities, links, pipes, line feeds,
  /// dates in three orders, joining scalars.
  static let pieces = [
    "Tìm hiểu", " ", "  ", "\n", "\r\n", "\r", "<br>", "<BR />", "&emsp;", "&ensp;", "&nbsp;", "&#8195;", "&lt;",
    "&gt;",
    "&quot;", "&#39;", "&apos;", "&amp;", "&", "&em", "&#", "|", "\\|", "[Lab 1](https://x.example/vi/)", "[t](",
    "[]()",
    "https://a.example/b", "Đã hoàn thành", "AWS", "VPC", "06/07/2026", "2026-07-06", "07/06/2026", "Thứ 2", "Mon",
    "-", "+", "*", "•", "1.", "abcdefgh", "ABCDEFGH12345678", "ứng dụng", "\u{301}", "\u{0600}", "\u{200D}", "👍🏽",
    "🇻🇳", "\u{2003}", "\u{00A0}", "\t", "xyz", "e\u{301}", "ĐĐĐĐĐĐĐĐ", "Lab", "Lab 1", "N/A",
  ]

  /// Random cells from `pieces`, the same ones each run.
  static func cells(_ count: Int, seed: UInt64) -> [String] {
    var rng = SeededGenerator(seed: seed)
    return (0..<count).map { _ in
      var s = ""
      for _ in 0..<Int.random(in: 0...14, using: &rng) { s += pieces.randomElement(using: &rng) ?? "" }
      return s
    }
  }

  static let samples = CellBytesTests.tricky + InlineByteReaderTests.tricky + cells(3000, seed: 5)

  @Test func oneLineIsTheLineFeedsReplaced() {
    for text in Self.samples {
      let old = text.replacingAll("\n", with: " ")
      #expect(Array(ReadCell.oneLine(text).utf8) == Array(old.utf8), "\(text.debugDescription)")
      let read = ReadCell(text)
      #expect(Array(read.line.utf8) == Array(read.inline.text.replacingAll("\n", with: " ").utf8))
    }
  }

  @Test func wordsUpToALimitAgree() {
    for text in Self.samples {
      let all = text.split(separator: " ").count
      #expect(CellBytes.wordCount(text) == all, "\(text.debugDescription)")
      for limit in [0, 1, 2, 4, 6, 7, 8, 9, 20] {
        #expect(CellBytes.wordCount(text, upTo: limit) == min(all, limit), "\(text.debugDescription) \(limit)")
      }
    }
  }

  @Test func wordsPastALimitAreNotRead() {
    // The joiner after the ninth space would send the whole count to `Character`s.
    let text = "a b c d e f g h i \u{301}j"
    #expect(CellBytes.wordCount(text, upTo: 8) == 8)
    #expect(CellBytes.wordCount(text) == text.split(separator: " ").count)
  }

  @Test func lettersAgree() {
    for text in Self.samples {
      #expect(ColumnContent.letterCount(text) == ColumnContent.letterCountByScalars(text), "\(text.debugDescription)")
    }
    for n in 0..<40 {
      let text = String(repeating: "aZ@[`{09", count: n / 8) + String("Az_~ .é".prefix(n % 8))
      #expect(ColumnContent.letterCount(text) == ColumnContent.letterCountByScalars(text), "\(text.debugDescription)")
    }
  }

  @Test func lettersWithoutTitlesAgree() {
    var rng = SeededGenerator(seed: 9)
    let titles = ["", "Lab", "Lab 1", "a", "aa", "AWS", "ứng", "Tìm hiểu", " ", "\u{301}", "e\u{301}", "1"]
    for text in Self.samples {
      let chosen = (0..<Int.random(in: 0...3, using: &rng)).map { _ in titles.randomElement(using: &rng) ?? "" }
      var rest = text
      for title in chosen { rest = rest.replacingAll(title, with: "") }
      #expect(
        ColumnContent.letterCount(text, removing: chosen) == ColumnContent.letterCount(rest),
        "\(text.debugDescription) \(chosen)")
    }
    #expect(ColumnContent.letterCount("aaaa", removing: ["aa"]) == 0)
    #expect(ColumnContent.letterCount("aaa", removing: ["aa"]) == 1)
    #expect(ColumnContent.letterCount("abab", removing: ["ab", "b"]) == 0)
    #expect(ColumnContent.letterCount("aabb", removing: ["ab", "ab"]) == 0)
  }

  @Test func entitiesDecodeAlike() {
    for text in Self.samples + ["&", "&&emsp;", "&emsp", "x&#8195;y&#8195", "&amp;lt;", "&lt;br&gt;&nbsp;"] {
      let shown = text.debugDescription
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { u in
        #expect(InlineByteReader.decodedEntities(u) == InlineTextReader.decodedEntities(u), "\(shown)")
      }
    }
  }

  @Test func cellsReadAlike() {
    for text in Self.samples {
      let old = InlineTextReader.readByCharacters(text, listMarkers: true)
      let new = InlineTextReader.read(text)
      #expect(Array(new.text.utf8) == Array(old.text.utf8), "\(text.debugDescription)")
      #expect(new.items.map { Array($0.text.utf8) } == old.items.map { Array($0.text.utf8) })
      #expect(new.links == old.links)
      #expect(new.brokenLinks == old.brokenLinks)
    }
  }
}
