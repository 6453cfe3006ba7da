import Testing

@testable import WorklogKit

@Suite struct FrontMatterScannerTests {
  @Test func plainScalarIsAnUnquotedString() throws {
    let value = try frontMatterValue("---\ntitle: Week 3 Worklog\n---\n", "title")
    #expect(value == .string("Week 3 Worklog", quoted: false))
  }

  @Test func plainScalarEndsBeforeAComment() throws {
    #expect(try frontMatterValue("---\nweight: 3 # the week\n---\n", "weight") == .integer(3, leadingZero: false))
  }

  @Test func colonInsideAValueBelongsToTheValue() throws {
    let value = try frontMatterValue("---\ntitle: Week 3: Setting up Hugo\n---\n", "title")
    #expect(value == .string("Week 3: Setting up Hugo", quoted: false))
  }

  @Test func doubleQuotedScalarDecodesEscapes() throws {
    let value = try frontMatterValue(#"---\#ntitle: "Week 3 \"VPC\" \\ notes"\#n---\#n"#, "title")
    #expect(value == .string(#"Week 3 "VPC" \ notes"#, quoted: true))
  }

  @Test func singleQuotedScalarDoublesItsQuote() throws {
    let value = try frontMatterValue("---\ntitle: 'It''s week 3'\n---\n", "title")
    #expect(value == .string("It's week 3", quoted: true))
  }

  @Test func integerWithALeadingZeroIsFlagged() throws {
    let value = try frontMatterValue("---\nweight: 08\n---\n", "weight")
    #expect(value == .integer(8, leadingZero: true))
    #expect(value.integerValue == 8)
    #expect(try frontMatterValue("---\nweight: 8\n---\n", "weight") == .integer(8, leadingZero: false))
    #expect(try frontMatterValue("---\nweight: 0\n---\n", "weight") == .integer(0, leadingZero: false))
  }

  @Test func quotedNumberIsAStringThatStillReadsAsAWholeNumber() throws {
    let value = try frontMatterValue("---\nweight: \"3\"\n---\n", "weight")
    #expect(value == .string("3", quoted: true))
    #expect(value.integerValue == 3)
  }

  @Test func floatIsNotAWholeNumber() throws {
    let value = try frontMatterValue("---\nweight: 1.91\n---\n", "weight")
    #expect(value == .float(1.91))
    #expect(value.integerValue == nil)
    #expect(try frontMatterValue("---\nweight: 3.0\n---\n", "weight").integerValue == 3)
  }

  @Test func booleansAndNull() throws {
    let fm = frontMatter("---\nchapter: false\ndraft: True\ntags: ~\nempty:\n---\n")
    #expect(fm["chapter"]?.value.value == .boolean(false))
    #expect(fm["draft"]?.value.value == .boolean(true))
    #expect(fm["tags"]?.value.value == .null)
    #expect(fm["empty"]?.value.value == .null)
  }

  @Test func unquotedISODateIsADate() throws {
    let value = try frontMatterValue("---\ndate: 2025-09-22\n---\n", "date")
    #expect(value == .date(day(2025, 9, 22)))
    #expect(value.dateValue == day(2025, 9, 22))
  }

  @Test func quotedISODateIsAStringWithADateValue() throws {
    let value = try frontMatterValue("---\ndate: \"2025-09-22\"\n---\n", "date")
    #expect(value == .string("2025-09-22", quoted: true))
    #expect(value.dateValue == day(2025, 9, 22))
  }

  @Test func dateTimeWithAnOffsetKeepsItsText() throws {
    let value = try frontMatterValue("---\ndate: 2025-09-08T10:30:00+07:00\n---\n", "date")
    #expect(value == .dateTime(day(2025, 9, 8), "2025-09-08T10:30:00+07:00"))
    #expect(value.dateValue == day(2025, 9, 8))
  }

  @Test func rMarkdownLeftoverIsAStringWithNoDate() throws {
    let value = try frontMatterValue("---\ndate: \"`r Sys.Date()`\"\n---\n", "date")
    #expect(value == .string("`r Sys.Date()`", quoted: true))
    #expect(value.dateValue == nil)
  }

  @Test func keyWithASpaceBeforeItsColon() throws {
    let fm = frontMatter("---\ndate :  \"2025-09-22\"\n---\n")
    let entry = try #require(fm["date"])
    #expect(entry.key.value == "date")
    #expect(entry.value.value.dateValue == day(2025, 9, 22))
    #expect(entry.raw == "\"2025-09-22\"")
  }

  @Test func flowList() throws {
    let value = try frontMatterValue("---\ntags: [aws, \"vpc\", 'ec2']\n---\n", "tags")
    #expect(value == .list(["aws", "vpc", "ec2"]))
  }

  @Test func blockListIndentedOrNot() throws {
    let fm = frontMatter("---\naliases:\n  - /week3/\n  - \"/tuan3/\"\ntags:\n- aws\nweight: 3\n---\n")
    #expect(fm["aliases"]?.value.value == .list(["/week3/", "/tuan3/"]))
    #expect(fm["tags"]?.value.value == .list(["aws"]))
    #expect(fm["weight"]?.value.value == .integer(3, leadingZero: false))
    #expect(fm.unreadableLines.isEmpty)
  }

  @Test func nestedMapIsUnreadable() throws {
    let value = try frontMatterValue("---\nparams:\n  color: blue\n---\n", "params")
    guard case .unreadable = value else {
      Issue.record("expected unreadable, got \(value)")
      return
    }
  }

  @Test func byteOrderMarkBeforeTheFence() throws {
    let file = SourceFile(path: "p.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\ntitle: \"Week 3\"\n---\nBody\n".utf8))
    let fm = FrontMatterScanner.scan(file)
    #expect(fm.fence == .yaml)
    let title = try #require(fm["title"])
    #expect(title.value.value == .string("Week 3", quoted: true))
    #expect(title.key.range.start.line == 2)
    #expect(title.key.range.start.column == 1)
    #expect(fm.bodyStartLine == 4)
  }

  @Test func crlfLineEndingsKeepLinesAndColumns() throws {
    let fm = frontMatter("---\r\ntitle: \"Week 3\"\r\nweight: 3\r\n---\r\n### Week 3 Objectives\r\n")
    #expect(fm.fence == .yaml)
    let title = try #require(fm["title"])
    #expect(title.value.value == .string("Week 3", quoted: true))
    #expect(title.value.range.start.line == 2)
    #expect(title.value.range.start.column == 8)
    #expect(title.value.range.end.column == 16)
    #expect(fm["weight"]?.value.value == .integer(3, leadingZero: false))
    #expect(fm["weight"]?.raw == "3")
    #expect(fm.bodyStartLine == 5)
  }

  @Test func fenceWithTrailingSpaces() throws {
    let fm = frontMatter("---   \ntitle: Week 9\n---  \nBody\n")
    #expect(fm.fence == .yaml)
    #expect(fm["title"]?.value.value == .string("Week 9", quoted: false))
    #expect(fm.bodyStartLine == 4)
  }

  @Test func missingFenceLeavesTheWholeFileAsBody() {
    let fm = frontMatter("### Week 3 Objectives\n- Learn VPC\n")
    #expect(fm.fence == .missing)
    #expect(fm.entries.isEmpty)
    #expect(fm.range == nil)
    #expect(fm.bodyStartLine == 1)
  }

  @Test func unterminatedFenceTakesKeyLinesUpToTheBody() throws {
    let fm = frontMatter("---\ntitle: \"Week 3\"\nweight: 3\n\n### Week 3 Objectives\n- Learn VPC\n")
    #expect(fm.fence == .unterminated)
    #expect(fm.entries.map(\.key.value) == ["title", "weight"])
    #expect(fm.bodyStartLine == 4)
    #expect(fm.range?.end.line == 3)
  }

  @Test func unterminatedFenceStillYieldsTheBodySections() throws {
    let page = try onePage("---\ntitle: \"Week 3\"\n\n### Week 3 Objectives\n- Learn VPC\n")
    #expect(page.frontMatter.fence == .unterminated)
    #expect(page.objectives.map(\.text) == ["Learn VPC"])
  }

  @Test func unterminatedFenceIsNotClosedByABodyThematicBreak() throws {
    let page = try onePage(
      """
      ---
      title: "Week 3"

      ### Week 3 Objectives
      - Learn VPC

      ---

      ### Week 3 Achievements
      - Built a VPC
      """)
    #expect(page.frontMatter.fence == .unterminated)
    #expect(page.frontMatter.entries.map(\.key.value) == ["title"])
    #expect(page.frontMatter.unreadableLines.isEmpty)
    #expect(page.frontMatter.bodyStartLine == 3)
    #expect(page.objectives.map(\.text) == ["Learn VPC"])
    #expect(page.achievements.map(\.text) == ["Built a VPC"])
  }

  @Test func yamlCommentsDoNotUnterminateAFence() throws {
    let fm = frontMatter("---\n# a comment\ntitle: Week 3\n## another\n---\nBody\n")
    #expect(fm.fence == .yaml)
    #expect(fm.bodyStartLine == 6)
    let block = frontMatter("---\ndescription: >\n  Folded text\n## a comment\n---\nBody\n")
    #expect(block.fence == .yaml)
    #expect(block.bodyStartLine == 6)
  }

  @Test func thematicBreaksInTheBodyAreNotFences() throws {
    let page = try onePage(
      """
      ---
      title: "Week 3"
      ---

      Intro.

      ---

      ### Week 3 Objectives
      - Learn VPC

      ---

      ### Week 3 Achievements
      - Built a VPC
      """)
    #expect(page.frontMatter.fence == .yaml)
    #expect(page.frontMatter.range?.end.line == 3)
    #expect(page.frontMatter.entries.count == 1)
    #expect(page.objectives.map(\.text) == ["Learn VPC"])
    #expect(page.achievements.map(\.text) == ["Built a VPC"])
  }

  @Test func thematicBreakInAPageWithoutFrontMatter() throws {
    let page = try onePage("### Week 3 Objectives\n- Learn VPC\n\n---\n\n### Week 3 Achievements\n- Built a VPC\n")
    #expect(page.frontMatter.fence == .missing)
    #expect(page.objectives.map(\.text) == ["Learn VPC"])
    #expect(page.achievements.map(\.text) == ["Built a VPC"])
  }

  @Test func unterminatedQuoteIsKeptAsUnreadableWithItsRange() throws {
    let fm = frontMatter("---\ntitle: \"Week 3\nweight: 3\n---\n")
    let title = try #require(fm["title"])
    #expect(title.value.value == .unreadable(reason: "the closing quote is missing"))
    #expect(title.raw == "\"Week 3")
    #expect(title.value.range.start == WorklogKit.SourceLocation(line: 2, column: 8, offset: 11))
    #expect(title.value.range.end.column == 15)
    #expect(fm["weight"]?.value.value == .integer(3, leadingZero: false))
  }

  @Test func textAfterAClosingQuoteIsUnreadable() throws {
    let value = try frontMatterValue("---\ntitle: \"Week\" 3\n---\n", "title")
    #expect(value == .unreadable(reason: "text after the closing quote"))
  }

  @Test func linesThatAreNotEntriesAreKeptAsUnreadable() throws {
    let fm = frontMatter("---\ntitle: Week 3\nthis is not yaml\n---\n")
    #expect(fm.unreadableLines.map(\.value) == ["this is not yaml"])
    #expect(fm.unreadableLines.first?.range.start.line == 3)
  }

  @Test func theLastOfARepeatedKeyWins() throws {
    #expect(try frontMatterValue("---\nweight: 1\nweight: 3\n---\n", "weight") == .integer(3, leadingZero: false))
  }

  @Test func tomlFrontMatterIsRead() {
    let fm = frontMatter("+++\ntitle = \"Week 3\"\n+++\nBody\n")
    #expect(fm.fence == .toml)
    #expect(fm["title"]?.value.value == .string("Week 3", quoted: true))
    #expect(fm["title"]?.value.range.start.column == 9)
    #expect(fm.bodyStartLine == 4)
  }

  @Test func yamlTagTypesTheValue() throws {
    #expect(try frontMatterValue("---\nweight: !!int \"4\"\n---\n", "weight") == .integer(4, leadingZero: false))
    #expect(try frontMatterValue("---\nweight: !!str 08\n---\n", "weight") == .string("08", quoted: true))
    #expect(try frontMatterValue("---\nchapter: !!bool \"false\"\n---\n", "chapter") == .boolean(false))
    #expect(try frontMatterValue("---\ntitle: !custom Week 4\n---\n", "title") == .string("Week 4", quoted: false))
  }
}
