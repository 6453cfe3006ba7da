import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The direct document writer against its oracle, `DocumentJSON.document(page)` written by
/// `JSONValue`: the same bytes, compact and pretty, on every variation page, on generated pages
/// and on text that needs escaping.
@Suite struct DocumentWriterTests {
  /// Every layout `parse` and the tests use: the writer's bytes equal the tree's.
  static func differences(_ page: Worklog) -> [String] {
    let doc = DocumentJSON.document(page)
    var problems: [String] = []
    for pretty in [false, true] {
      for depth in [0, 1] {
        let expected = doc.bytes(pretty: pretty, depth: depth, prefix: "  ", suffix: "\n")
        if DocumentWriter.bytes(page, pretty: pretty, depth: depth, prefix: "  ", suffix: "\n") != expected {
          problems.append("\(page.path): pretty \(pretty), depth \(depth)")
        }
      }
    }
    if DocumentWriter.bytes(page, as: .jsonl) != doc.bytes(pretty: false, suffix: "\n") {
      problems.append("\(page.path): jsonl")
    }
    if DocumentWriter.bytes(page, as: .json) != JSONArrayWriter.elementBytes(doc, pretty: true) {
      problems.append("\(page.path): json")
    }
    return problems
  }

  static func pages(_ bytes: [UInt8], path: String = weekThreePath) -> [Worklog] {
    WorklogParser.parse(SourceFile(path: path, bytes: bytes))
  }

  @Test(arguments: Variations.pages.indices)
  func variationsAreWrittenAsTheTreeWritesThem(_ index: Int) {
    let (path, text) = Variations.pages[index]
    for page in WorklogParser.parse(SourceFile(path: path, text: text)) {
      #expect(Self.differences(page) == [])
    }
  }

  @Test func generatedPagesAreWrittenAsTheTreeWritesThem() {
    for seed in 0..<150 {
      var generator = PageGenerator(seed: UInt64(seed))
      for page in Self.pages(generator.page()) {
        #expect(Self.differences(page) == [], "seed \(seed)")
      }
    }
  }

  /// Control characters (C0, DEL, C1), quotes, backslashes, non-BMP scalars, NFD text and
  /// invalid UTF-8 (replaced by U+FFFD on reading) in every string field a page has.
  @Test(arguments: [
    "\u{1B}[31mred\u{7F}", "\"quoted\" \\back\\slash/", "tab\there\r\n", "\u{0}\u{1}\u{1F}",
    "\u{80}\u{85}\u{9F}\u{A0}¢Â",
    "🇻🇳 𝄞 😀", "Thứ Hai e\u{0301} ệ", "\u{2028}\u{2029}\u{FEFF}", "",
  ])
  func trickyTextIsEscapedAsTheTreeEscapesIt(_ piece: String) throws {
    let page = trickyPage(piece)
    for invalid in [[], [0xFF], [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xC2], [0xE2, 0x82]] as [[UInt8]] {
      let bytes = Array(page.utf8).flatMap { $0 == 0x40 ? Array(piece.utf8) + invalid : [$0] }
      let parsed = Self.pages(bytes)
      try #require(!parsed.isEmpty)
      for page in parsed { #expect(Self.differences(page) == [], "\(Array(piece.unicodeScalars)) \(invalid)") }
    }
  }

  /// A page with `@` (a piece, and bytes after it) in its title, front matter, headings,
  /// objectives, table and achievements.
  func trickyPage(_ piece: String) -> String {
    """
    ---
    title: "Week 3 @ Worklog"
    date: 2025-09-22
    weight: 3
    pre: " <b> 1.3.@ </b> "
    key@: value
    ---
    ### Week 3 Objectives @:
    * Understand @ **VPC**.
      * nested @
    - Group @:
      - item @
    ### Tasks to be carried out this week:
    | Day | Task | Start Date | Completion Date | Reference Material |
    | --- | ---- | ---------- | --------------- | ------------------ |
    | 2 @ | - Study @<br>&emsp;+ sub @ | 22/09/2025 | 22/09/2025@ | [VPC @](https://docs.aws.amazon.com/@) |
    | 3 | Get acquainted @ | 23/09/2025 | 24/09/2025 | <https://x.example/@> @ |
    | 4 | short row @ |
    ### Week 3 Achievements @:
    * Built a VPC @.
    """
  }

  @Test func emptyPageIsWrittenAsTheTreeWritesIt() {
    for page in Self.pages([]) { #expect(Self.differences(page) == []) }
    for page in Self.pages(Array("---\ntitle: x\n".utf8)) { #expect(Self.differences(page) == []) }
  }
}
