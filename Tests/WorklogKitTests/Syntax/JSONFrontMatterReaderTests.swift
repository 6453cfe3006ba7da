import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct JSONFrontMatterReaderTests {
  private let page = """
    {
      "title": "Week 4 \\"Networking\\" \\u00e9",
      "weight": 4,
      "date": "2025-09-08",
      "draft": false,
      "tags": ["vpc", "iam"],
      "params": { "title": "not the page's", "n": [1, 2] }
    }

    ### Week 4 Objectives
    - Learn VPC basics
    """

  @Test func membersAreReadWithTheirTypes() {
    let fm = frontMatter(page)
    #expect(fm.fence == .json)
    #expect(fm.entries.map(\.key.value) == ["title", "weight", "date", "draft", "tags", "params"])
    #expect(fm["title"]?.value.value == .string("Week 4 \"Networking\" é", quoted: true))
    #expect(fm["weight"]?.value.value == .integer(4, leadingZero: false))
    #expect(fm["date"]?.value.value.dateValue == day(2025, 9, 8))
    #expect(fm["draft"]?.value.value == .boolean(false))
    #expect(fm["tags"]?.value.value == .list(["vpc", "iam"]))
    #expect(fm["params"]?.value.value == .table(keys: ["title", "n"]))
    #expect(fm.bodyStartLine == 9)
    #expect(fm.range?.end.line == 8)
  }

  @Test func rangesPointAtTheValue() throws {
    let weight = try #require(frontMatter(page)["weight"])
    #expect(weight.value.range.start.line == 3)
    #expect(weight.value.range.start.column == 13)
  }

  @Test func aJSONPageIsReadAsAWeek() throws {
    let parsed = try onePage(page, path: "site/content/1-Worklog/notes/_index.md")
    #expect(parsed.title?.value == "Week 4 \"Networking\" é")
    #expect(parsed.week.number == 4)
    #expect(parsed.objectives.map(\.text) == ["Learn VPC basics"])
    #expect(SchemaValidator.violations(DocumentJSON.document(parsed), DocumentSchema.schema) == [])
  }

  @Test func aBadMemberIsUnreadableAndTheRestIsRead() {
    let fm = frontMatter("{\n  title: \"Week 4\",\n  \"weight\": 4\n}\nBody\n")
    #expect(fm.fence == .json)
    #expect(fm.unreadableLines.map(\.value) == ["title: \"Week 4\","])
    #expect(fm["weight"]?.value.value.integerValue == 4)
  }

  @Test func aShortcodeIsNotFrontMatter() {
    #expect(frontMatter("{{< notice >}}\nWeek 4\n{{< /notice >}}\n").fence == .missing)
  }

  @Test func anUnclosedObjectIsUnterminated() {
    let fm = frontMatter("{\n  \"title\": \"Week 4\",\n")
    #expect(fm.fence == .unterminated)
    #expect(fm["title"]?.value.value.text == "Week 4")
  }
}
