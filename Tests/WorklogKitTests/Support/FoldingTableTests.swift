import Testing

@testable import WorklogKit

/// The folding table against the standard library's tables (`foldedByProperties`): the same
/// bytes for every scalar it covers, alone and in text, and for text it hands back.
@Suite struct FoldingTableTests {
  /// Scalars worth mixing: the whole table's edges, white space of every kind, combining marks,
  /// letters whose lower case is longer or elsewhere, and scalars outside the table.
  static let alphabet: [Unicode.Scalar] = {
    let values: [UInt32] =
      [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x20, 0x41, 0x5A, 0x61, 0x7A, 0x30, 0x39, 0x3A, 0x2D, 0x5F, 0x7F]
      + [0x85, 0xA0, 0xB5, 0xC0, 0xD0, 0xD7, 0xDF, 0xFF, 0x100, 0x110, 0x111, 0x130, 0x131, 0x149, 0x178, 0x17F]
      + [
        0x180, 0x1A0, 0x1AF, 0x1C5, 0x23A, 0x24F, 0x250, 0x2014, 0x2126, 0x2160, 0x24B6, 0x2BFF, 0x2C00, 0x300, 0x301,
        0x303, 0x309, 0x323, 0x345, 0x3A3, 0x1E9E, 0x1EA0, 0x1EF9, 0x1EFA,
      ]
      + [0x1680, 0x2000, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x212A, 0x2126, 0xFFFD, 0x1F600]
    return values.compactMap(Unicode.Scalar.init)
  }()

  /// A small deterministic generator, so a failure repeats.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(
      Array(text.foldedForMatching.utf8) == Array(text.foldedByProperties.utf8), "\(Array(text.unicodeScalars))",
      sourceLocation: sourceLocation)
  }

  /// The table built from the generated lists is the one the scalars' properties give.
  @Test func theGeneratedListsGiveTheComputedTable() {
    #expect(FoldingTable.shared == FoldingTable.computed())
  }

  @Test func everyScalarOfTheTableFoldsAsLowercasedDoes() {
    for value in FoldingTable.scalarValues {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let s = String(scalar)
      Self.expectSame(s)
      Self.expectSame("A\(s)b")
      Self.expectSame(" \(s)  \(s)\t\(s) ")
    }
  }

  @Test func everyVietnameseCapitalFoldsToItsSmallLetter() {
    for value in stride(from: UInt32(0x1EA0), through: 0x1EF8, by: 2) {
      guard let capital = Unicode.Scalar(value), let small = Unicode.Scalar(value + 1) else { continue }
      #expect(String(capital).foldedForMatching == String(small))
    }
    #expect("KẾT QUẢ ĐẠT ĐƯỢC".foldedForMatching == "kết quả đạt được")
    #expect("Nhiệm Vụ".foldedForMatching == "nhiệm vụ")
  }

  @Test func trickyTextFoldsAsLowercasedDoes() {
    let texts = [
      "", " ", "\t\n ", "  Week  3 :\tObjectives  ", "İstanbul", "Kết\u{00A0}quả", "Line\u{2028}Sep",
      "Ke\u{0302}\u{0301}t qua\u{0309}", "Mu\u{0323}c tie\u{0302}u", "ΣΑΣ", "Straße", "ǅemal", "\u{FEFF}Tasks",
      String(decoding: [0x57, 0x65, 0xFF, 0x6B, 0xC3], as: UTF8.self), "Ｔａｓｋｓ", "\u{85}NEL\u{85}", "A\u{1680}B",
      "tab\there", "x\u{0345}", "Ÿ", "\r\n", "a\u{1C}b", "🙂 Goals",
    ]
    for text in texts { Self.expectSame(text) }
  }

  @Test func randomTextFoldsAsLowercasedDoes() {
    var rng = SplitMix(state: 14)
    for _ in 0..<4000 {
      var s = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...12, using: &rng) {
        s.append(Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &rng)])
      }
      Self.expectSame(String(s))
    }
  }

  @Test func numberAfterAKeywordReadsAsByCharacters() {
    let texts = [
      "week 3", "week-03 tasks", "week12345", "week 1\u{0301}", "weeks 2", "week: 7a", "week #4", "week 4\u{00A0}",
      "tuần 5", "tuần\u{0301} 5", "week week 6", "week\r\n7", "week 8\r\n", "week 9\u{0661}", "week", "week -_.:# 10",
      "week 2026", "week 0", "tuan 11:", "x week1y", "week ١٢",
    ]
    for text in texts {
      for keyword in ["week", "tuần", "tuan"] {
        #expect(text.number(after: keyword) == text.numberByCharacters(after: keyword), "\(text) \(keyword)")
      }
    }
  }

  @Test func sectionKindByBytesAgreesWithTheCharacterReading() {
    var texts = [
      "Week 3 Objectives", "Tasks and Achievements", "Kết quả đạt được", "Plan for next week's tasks",
      "Knowledge gained",
      "Week 12: Documentation, Knowledge Transfer", "Thời gian", "Thơ\u{0300}i gian thực tập", "thời gian\u{0301}",
      "Outcomes and evidence", "Nhật ký", "Worklog", "Learning objectives", "Tuần 4", "Week 1\u{0301}",
      "Tho\u{031B}\u{0300}i gian",
      "Mục tiêu", "Mu\u{0323}c tie\u{0302}u", "Other", "",
    ]
    var rng = SplitMix(state: 7)
    let words = ["week", " ", "3", "tuần", "task", "result", "thời gian", "kế hoạch", "\u{0301}", "knowledge", "x"]
    for _ in 0..<2000 {
      texts.append(
        (0..<Int.random(in: 1...5, using: &rng)).map { _ in words.randomElement(using: &rng) ?? "" }.joined())
    }
    for text in texts {
      #expect(Vocabulary.sectionKind(text) == Vocabulary.sectionKindByCharacters(text.foldedByProperties), "\(text)")
    }
  }

  @Test func searchFindsContiguousAndSlicedNeedles() {
    let hay = "Kết quả đạt được"
    #expect(hay.range(of: "đạt").map { hay[$0] } == "đạt")
    #expect(hay.range(of: "quả đạt"[...]).map { hay[$0] } == "quả đạt")
    #expect(hay[hay.index(after: hay.startIndex)...].contains("ết"))
    #expect(!hay.contains("dat"))
    #expect(!hay.contains(""))
    #expect("e\u{0301}".contains("e"))
  }
}
