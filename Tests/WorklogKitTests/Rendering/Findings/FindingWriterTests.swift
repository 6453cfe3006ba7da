import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The direct finding writer against its oracle, `DiagnosticJSON.finding` written by
/// `JSONValue`: the same bytes for every rule's triggering examples, for fixes with edits out of
/// order, in other files or past the end, and for text that needs escaping.
@Suite struct FindingWriterTests {
  /// The writer's element, compact and pretty, against the tree's; a line for each that differs.
  static func differences(_ d: Diagnostic, source: SourceFile?) -> [String] {
    var problems: [String] = []
    let tree = DiagnosticJSON.finding(d, source: source)
    if DiagnosticJSON.element(d, source: source) != JSONArrayWriter.element(tree, pretty: false) {
      problems.append("\(d.code) at \(d.range.start): element")
    }
    for pretty in [false, true] {
      for depth in [0, 2] {
        var w = JSONByteWriter(pretty: pretty, depth: depth)
        DiagnosticJSON.write(d, source: source, into: &w)
        if w.bytes != tree.bytes(pretty: pretty, depth: depth) {
          problems.append("\(d.code) at \(d.range.start): pretty \(pretty), depth \(depth)")
        }
      }
    }
    return problems
  }

  @Test func everyRulesFindingsAreWrittenAsTheTreeWritesThem() {
    var findings = 0
    var autofixes = 0
    for rule in RuleRegistry.all {
      for example in rule.description.triggering {
        let sources = Dictionary(
          example.files.map { ($0.path, SourceFile(path: $0.path, bytes: RuleExample.bytes($0.text))) },
          uniquingKeysWith: { a, _ in a })
        for d in LintHarness.lint(example.files, rules: [rule]) {
          findings += 1
          if d.autofix != nil { autofixes += 1 }
          // With its file, the edits have lines and columns; without, only offsets.
          #expect(Self.differences(d, source: sources[d.path]) == [])
          #expect(Self.differences(d, source: nil) == [])
        }
      }
    }
    // The examples exercise the writer: findings with fixes among them.
    #expect(findings >= 40)
    #expect(autofixes >= 5)
  }

  static let source = SourceFile(path: "p.md", text: "title: x\nweight: 3\nđã làm\n")

  static func finding(message: String = "weight 3 is not the week", fix: String? = "Set weight.", edits: [TextEdit])
    -> Diagnostic
  {
    Diagnostic(
      code: "WL107", name: "weight-not-week", severity: .warning, message: message, path: "p.md",
      range: source.range(17..<18), fix: fix, autofix: Fix("set weight to 8", .unsafe, edits: edits))
  }

  @Test func editsOutOfOrderElsewhereAndPastTheEnd() {
    var elsewhere = TextEdit(range: 0..<0, with: "x")
    elsewhere.path = "a.md"
    let cases: [[TextEdit]] = [
      [],
      [TextEdit(range: 27..<32, with: "làm xong"), TextEdit(range: 17..<18, with: "8")],
      [elsewhere, TextEdit.insert("weight: 8\n", at: 9)],
      // Past the end of the file: offsets only.
      [TextEdit(range: 90..<95, with: "")],
      [TextEdit(range: 17..<18, replacement: [0xFF, 0x38])],
    ]
    for edits in cases {
      #expect(Self.differences(Self.finding(edits: edits), source: Self.source) == [])
      #expect(Self.differences(Self.finding(edits: edits), source: nil) == [])
    }
    var plain = Self.finding(edits: [])
    plain.autofix = nil
    plain.fix = nil
    #expect(Self.differences(plain, source: Self.source) == [])
    #expect(DiagnosticJSON.element(plain, source: nil).hasPrefix(#"  {"code":"WL107","column":9,"#))
  }

  /// Control characters (C0, DEL, C1), quotes, backslashes, non-BMP scalars and NFD text in the
  /// message, the hint, the path and a replacement.
  @Test(arguments: [
    "\u{1B}[31mred\u{7F}", "\"quoted\" \\back\\slash/", "tab\there\r\n", "\u{0}\u{1}\u{1F}", "\u{80}\u{85}\u{9F}¢Â",
    "🇻🇳 𝄞 😀", "Thứ Hai e\u{0301} ệ", "",
  ])
  func trickyTextIsEscapedAsTheTreeEscapesIt(_ piece: String) {
    var d = Self.finding(message: piece, fix: piece, edits: [TextEdit(range: 17..<18, with: piece)])
    #expect(Self.differences(d, source: Self.source) == [])
    d.path = piece
    #expect(Self.differences(d, source: Self.source) == [])
  }
}
