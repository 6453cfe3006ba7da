import Testing

@testable import WorklogKit

@Suite struct MarkdownLineScannerTests {
  private func kinds(_ text: String) -> [MarkdownLineKind] {
    MarkdownLineScanner.scan(SourceFile(path: "p.md", text: text), from: 1).map(\.kind)
  }

  private func contents(_ text: String) -> [String] {
    let file = SourceFile(path: "p.md", text: text)
    return MarkdownLineScanner.scan(file, from: 1).map { file.text(bytes: $0.content) }
  }

  @Test func headingLevelsAndClosingHashes() {
    #expect(
      kinds("# A\n## B\n### C ###\n#### D\n####### E\n#NoSpace") == [
        .heading(level: 1), .heading(level: 2), .heading(level: 3), .heading(level: 4), .text, .text,
      ])
    #expect(contents("### Week 3 Objectives: ###") == ["Week 3 Objectives:"])
    #expect(contents("## C#") == ["C#"])
  }

  @Test func listMarkersAndIndentation() {
    #expect(
      kinds("- a\n  * b\n+ c\n1. d\n2) e\n• f\n-notalist") == [
        .listItem(indent: 0, ordered: false), .listItem(indent: 2, ordered: false),
        .listItem(indent: 0, ordered: false),
        .listItem(indent: 0, ordered: true), .listItem(indent: 0, ordered: true), .listItem(indent: 0, ordered: false),
        .text,
      ])
    #expect(contents("- [x] Done\n- [ ] Open") == ["Done", "Open"])
  }

  @Test func thematicBreaks() {
    #expect(
      kinds("---\n***\n- - -\n___\n--") == [.thematicBreak, .thematicBreak, .thematicBreak, .thematicBreak, .text])
  }

  @Test func codeFenceHidesHeadingsListsAndRules() {
    #expect(
      kinds("```bash\n# not a heading\n- not an item\n---\n```\n# Heading") == [
        .fence, .code, .code, .code, .fence, .heading(level: 1),
      ])
  }

  @Test func shorterFenceDoesNotCloseALongerOne() {
    #expect(kinds("````\n```\n````\ntext") == [.fence, .code, .fence, .text])
  }

  @Test func htmlCommentsSpanLines() {
    #expect(
      kinds("<!-- {{% notice %}}\n### hidden\n-->\n### shown") == [.comment, .comment, .comment, .heading(level: 3)])
  }

  @Test func htmlShortcodeTableRowAndAutolink() {
    #expect(
      kinds("<table>\n{{% notice info %}}\n| a | b |\n<https://aws.amazon.com>\n< 100ms") == [
        .html, .shortcode, .tableRow, .text, .text,
      ])
  }

  @Test func indentedTableRowIsStillATableRow() {
    #expect(kinds("  | a | b |") == [.tableRow])
  }
}

@Suite struct BlockquoteLineTests {
  @Test func quotedLinesAreClassifiedByWhatIsInsideTheQuote() {
    let file = SourceFile(path: "p.md", text: "> [!TIP]\n> ### Goals\n> - a\n>   - b\n>\n> > plain\nnot quoted")
    let lines = MarkdownLineScanner.scan(file, from: 1)
    #expect(
      lines.map(\.kind) == [
        .alert, .heading(level: 3), .listItem(indent: 0, ordered: false), .listItem(indent: 2, ordered: false), .blank,
        .text, .text,
      ])
    #expect(lines.map(\.quoteDepth) == [1, 1, 1, 1, 1, 2, 0])
    #expect(lines.map { file.text(bytes: $0.content) } == ["[!TIP]", "Goals", "a", "b", "", "plain", "not quoted"])
  }

  @Test func aFenceInsideAQuoteClosesInsideIt() {
    let file = SourceFile(path: "p.md", text: "> ```\n> # not a heading\n> ```\n# Heading")
    #expect(MarkdownLineScanner.scan(file, from: 1).map(\.kind) == [.fence, .code, .fence, .heading(level: 1)])
  }
}
