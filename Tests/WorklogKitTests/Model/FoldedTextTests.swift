import Testing

@testable import WorklogKit

/// The copied-week comparison folds text as bytes: the bytes must be those the `String` path
/// made (`lowercased()`, then letters and digits), and byte equality must be `String` equality
/// for plain text.
@Suite struct FoldedTextTests {
  /// The normalisation as it was written on `String`s, kept here as the reference.
  static func reference(_ text: String) -> String {
    var out: [UInt8] = []
    var space = false
    for b in text.lowercased().utf8 {
      if b >= 0x80 || ByteText.isDigit(b) || (b >= 0x61 && b <= 0x7A) {
        if space && !out.isEmpty { out.append(0x20) }
        out.append(b)
        space = false
      } else {
        space = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static let tricky = [
    "", "  ", "Get to know the team!", "ĐỌC TÀI LIỆU về IAM", "Tìm hiểu Amazon S3 (Simple Storage)",
    "Tie\u{0302}\u{0301}ng Vie\u{0323}\u{0302}t", "İstanbul", "ΟΔΟΣ ΣΟΦΟΣ", "Straße ẞ", "K\u{212A}elvin Å",
    "non\u{00A0}breaking\u{00A0}space", "emoji 👩🏽‍💻 rocket 🚀", "tab\tand\r\nCRLF", "Ǆ ǅ ǆ Ÿ Ŀ ŉ ſ",
    "\u{FFFD} replaced", "ỲỴỶỸ ơƯ", "—“quoted”—…", "123 ABC xyz",
  ]

  @Test func bytesAreThoseOfTheStringNormalisation() {
    for text in Self.tricky {
      #expect(FoldedText(text).string == Self.reference(text), "\(text)")
      #expect(WeekCopies.normalized(text) == Self.reference(text), "\(text)")
    }
  }

  @Test func theTablesMappingIsTheUnicodeOne() {
    for v in UInt32(0x80)...0x2C00 {
      guard let scalar = Unicode.Scalar(v), let lower = FoldingTable.shared.lowerScalar(v) else { continue }
      #expect(String(Unicode.Scalar(lower) ?? "?") == scalar.properties.lowercaseMapping, "U+\(String(v, radix: 16))")
    }
  }

  @Test func everyScalarLowerCasesAsLowercasedDoes() {
    // Every scalar of the first planes, in runs, against `lowercased()`.
    var scalars: [Unicode.Scalar] = []
    for v in UInt32(0)...0x2FFFF { if let s = Unicode.Scalar(v) { scalars.append(s) } }
    for start in stride(from: 0, to: scalars.count, by: 64) {
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars[start..<min(start + 64, scalars.count)])
      var out: [UInt8] = []
      LowercaseBytes.forEachScalar(text) { LowercaseBytes.append($0, to: &out) }
      #expect(out == Array(text.lowercased().utf8), "run at U+\(String(scalars[start].value, radix: 16))")
    }
  }

  @Test func plainTextComparesAsStringsDo() {
    let texts = Self.tricky + ["Đọc tài liệu về IAM", "đọc tài liệu VỀ iam", "Tiếng Việt", "tiếng việt"]
    for a in texts {
      // Long enough to tell a copy by its `Character`s, plain or not.
      #expect(FoldedText(a).isTelling == (FoldedText(a).string.count >= WeekCopies.tellingLength), "\(a)")
      for b in texts {
        let fa = FoldedText(a)
        let fb = FoldedText(b)
        if fa.isPlain && fb.isPlain {
          #expect((fa == fb) == (fa.string == fb.string), "\(a) / \(b)")
          #expect(fa.isTelling == (fa.string.count >= WeekCopies.tellingLength), "\(a)")
        }
      }
    }
  }

  @Test func decomposedTextIsNotPlain() {
    // Canonically equal to `tiếng việt`, but other bytes: its key is put in NFC (`canonical`).
    let decomposed = FoldedText("Tie\u{0302}\u{0301}ng vie\u{0323}\u{0302}t")
    #expect(!decomposed.isPlain)
    #expect(decomposed.string == FoldedText("Tiếng Việt").string)
    #expect(FoldedText("Tiếng Việt – ĐỌC").isPlain)
  }

  @Test func aDecomposedCopyIsStillFound() {
    let week2 = "### Week 2 Objectives:\n\n* Tìm hiểu về IAM.\n* Tạo tài khoản AWS.\n"
    let week3 = "### Week 3 Objectives:\n\n* Ti\u{0300}m hiê\u{0309}u về IAM!\n* Tạo tài khoản AWS.\n"
    let files = [
      ("site/content/1-Worklog/1.2-Week2/_index.md", week2), ("site/content/1-Worklog/1.3-Week3/_index.md", week3),
    ]
    let findings = LintHarness.lint(files, rules: [CopiedFromAnotherWeekRule()])
    #expect(findings.map(\.message) == ["the objectives are the same as week 2's"])
  }

  /// Task rows written decomposed (their keys put in NFC, `FoldedText.canonical`): rows equal
  /// up to composition are copies, a row that differs in one mark is not.
  @Test func decomposedTaskRowsAreComparedAsStrings() {
    func week(_ n: Int, _ rows: [String]) -> String {
      "### Week \(n) Objectives:\n\n* Week \(n).\n\n### Tasks:\n\n| Day | Task | Start Date | Completion Date |\n"
        + "| --- | --- | --- | --- |\n"
        + rows.enumerated().map { "| \($0.offset + 2) | \($0.element) | 0\(n)/03/2025 | 0\(n)/03/2025 |\n" }.joined()
    }
    let composed = ["Tìm hiểu về dịch vụ IAM", "Tạo người dùng và nhóm", "Viết báo cáo tuần này"]
    let decomposed = [
      "Ti\u{0300}m hiê\u{0309}u về di\u{0323}ch vụ IAM", "Ta\u{0323}o người dùng và nhóm",
      "Viết bao\u{0300} cáo tuần này",
    ]
    let files = [
      ("site/content/1-Worklog/1.2-Week2/_index.md", week(2, composed)),
      ("site/content/1-Worklog/1.3-Week3/_index.md", week(3, decomposed)),
    ]
    #expect(!FoldedText(decomposed[0]).isPlain)
    let findings = LintHarness.lint(files, rules: [CopiedFromAnotherWeekRule()])
    #expect(findings.map(\.message) == ["2 of 3 task rows are the same as in week 2"])
  }

  /// Canonical texts are equal exactly when their `String`s are, composed or decomposed, and
  /// hash alike then; a plain text is its own canonical text.
  @Test func canonicalTextsAreEqualAsStringsAre() {
    let texts =
      [
        "tie\u{0302}\u{0301}ng", "tiếng", "tiềng", "tiê\u{0301}ng", "Tiếng Việt",
        "Tie\u{0302}\u{0301}ng Vie\u{0323}\u{0302}t",
        "Vie\u{0302}\u{0323}t", "e\u{0301}\u{0323}", "e\u{0323}\u{0301}", "ẹ\u{0301}", "a\u{030A}", "å", "Å",
        "x\u{0301}",
        "đọc", "ÐỌC", "ﬁle", "file",
      ] + Self.tricky
    for a in texts {
      for b in texts {
        let ca = FoldedText(a).canonical
        let cb = FoldedText(b).canonical
        #expect((ca == cb) == (FoldedText(a).string == FoldedText(b).string), "\(a) / \(b)")
        if ca == cb { #expect(ca.hashValue == cb.hashValue, "\(a) / \(b)") }
      }
    }
    let plain = FoldedText("Tiếng Việt – ĐỌC")
    #expect(plain.canonical.bytes == plain.bytes)
    #expect(Set(["tie\u{0302}\u{0301}ng", "tiếng", "tiềng"].map { FoldedText($0).canonical }).count == 2)
  }
}
