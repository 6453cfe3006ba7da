import Testing

@testable import WorklogKit

@Suite struct TOMLFrontMatterReaderTests {
  private let page = """
    +++
    title = "Week 5 Worklog"   # the menu's label
    date = 2026-06-12
    weight = 5
    chapter = false
    pre = '<b>1.4.</b>'
    tags = [
      "vpc",  # networking
      "iam",
    ]
    note = \"\"\"
    two
    lines\"\"\"

    [params]
    title = "not the page's"
    +++
    ### Week 5 Objectives
    """

  @Test func keysAreReadWithTheirTypes() {
    let fm = frontMatter(page)
    #expect(fm.fence == .toml)
    #expect(fm.entries.map(\.key.value) == ["title", "date", "weight", "chapter", "pre", "tags", "note", "params"])
    #expect(fm["title"]?.value.value == .string("Week 5 Worklog", quoted: true))
    #expect(fm["date"]?.value.value == .date(day(2026, 6, 12)))
    #expect(fm["weight"]?.value.value == .integer(5, leadingZero: false))
    #expect(fm["chapter"]?.value.value == .boolean(false))
    #expect(fm["pre"]?.value.value == .string("<b>1.4.</b>", quoted: true))
    #expect(fm["tags"]?.value.value == .list(["vpc", "iam"]))
    #expect(fm["note"]?.value.value == .string("two\nlines", quoted: true))
    #expect(fm.unreadableLines.isEmpty)
    #expect(fm.bodyStartLine == 18)
  }

  @Test func aSectionKeepsItsKeysToItself() {
    let fm = frontMatter(page)
    #expect(fm["params"]?.value.value == .table(keys: ["title"]))
    #expect(fm["title"]?.value.value.text == "Week 5 Worklog")
  }

  @Test func rangesPointAtTheValue() throws {
    let weight = try #require(frontMatter(page)["weight"])
    #expect(weight.key.range.start.line == 4)
    #expect(weight.value.range.start.column == 10)
    #expect(weight.raw == "5")
    let tags = try #require(frontMatter(page)["tags"])
    #expect(tags.value.range.start.line == 7)
    #expect(tags.value.range.end.line == 10)
  }

  @Test func valuesTOMLDoesNotAllowAreUnreadable() {
    let fm = frontMatter("+++\ntitle = Week 3\nweight = \"3\nthis is not toml\n+++\n")
    guard case .unreadable = fm["title"]?.value.value else {
      Issue.record("an unquoted title reads")
      return
    }
    guard case .unreadable = fm["weight"]?.value.value else {
      Issue.record("an unclosed quote reads")
      return
    }
    #expect(fm.unreadableLines.map(\.value) == ["this is not toml"])
  }

  @Test func numbersDatesAndInlineTables() {
    let fm = frontMatter(
      "+++\nweight = 1_000\nratio = 1.5\nwhen = 2025-09-08T10:00:00+07:00\nlocal = 2025-09-08 10:00:00\nauthor = { name = \"An\", id = 3 }\n\"quoted key\" = 'x'\n+++\n"
    )
    #expect(fm["weight"]?.value.value == .integer(1000, leadingZero: false))
    #expect(fm["ratio"]?.value.value == .float(1.5))
    #expect(fm["when"]?.value.value == .dateTime(day(2025, 9, 8), "2025-09-08T10:00:00+07:00"))
    #expect(fm["local"]?.value.value.dateValue == day(2025, 9, 8))
    #expect(fm["author"]?.value.value == .table(keys: ["name", "id"]))
    #expect(fm["quoted key"]?.value.value == .string("x", quoted: true))
  }

  @Test func aTOMLPageHasNoFalseMissingKeys() {
    let text =
      "+++\ntitle = \"Week 3\"\nweight = 3\nchapter = false\npre = \" <b> 1.3. </b> \"\n+++\n### Week 3 Objectives\n- a\n"
    #expect(LintHarness.lint(RequiredKeyMissingRule(), text).isEmpty)
    #expect(LintHarness.lint(WeightNotWeekRule(), text).isEmpty)
  }
}
