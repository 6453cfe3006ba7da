import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct WorklogParserTests {
  private let anywhere = "notes/page.md"

  @Test func weekComesFromThePathFirst() throws {
    let page = try onePage(
      "---\ntitle: \"Week 9 Worklog\"\nweight: 1\n---\n### Week 8 Objectives\n- a\n",
      path: "site/content/1-Worklog/1.8-Week8/_index.md")
    #expect(page.week.number == 8)
    #expect(page.week.source == .path)
    #expect(page.week.evidence.map(\.source) == [.path, .title, .heading, .weight])
    #expect(page.week.evidence.map(\.value) == [8, 9, 8, 1])
    #expect(page.week.evidence.map { $0.range?.start.line } == [nil, 2, 5, 3])
  }

  @Test func agreeingSourcesOutweighTheFolder() throws {
    let page = try onePage(
      "---\ntitle: \"Week 9 Worklog\"\nweight: 1\npre: \" <b> 1.9. </b> \"\n---\n### Week 9 Objectives\n- a\n",
      path: "site/content/1-Worklog/1.8-Week8/_index.md")
    #expect(page.week.number == 9)
    #expect(page.week.source == .title)
    let decision = try #require(page.week.decision)
    #expect(decision.isAmbiguous)
    #expect(decision.evidence.map(\.supports) == ["8", "9", "9", "9", "1"])
    #expect(page.decisions.contains { $0.kind == .week && $0.value == "9" && $0.isAmbiguous })
  }

  @Test func weekFromTheTitle() throws {
    let page = try onePage("---\ntitle: \"Worklog Tuần 4\"\nweight: 1\n---\n", path: anywhere)
    #expect(page.week.number == 4)
    #expect(page.week.source == .title)
  }

  @Test func weekFromASectionedTitle() throws {
    let page = try onePage("---\ntitle: \"1.3. Nhật ký Tuần 3\"\n---\n", path: anywhere)
    #expect(page.week.number == 3)
  }

  @Test func weekFromAHeading() throws {
    let page = try onePage("### Week 5 Objectives\n- a\n", path: anywhere)
    #expect(page.week.number == 5)
    #expect(page.week.source == .heading)
  }

  @Test func nextWeekHeadingIsNotTheWeek() throws {
    let page = try onePage("### Plan for Week 6\n- a\n", path: anywhere)
    #expect(page.week.number == nil)
    #expect(page.kind == .other)
  }

  @Test func weekFromPre() throws {
    let page = try onePage("---\ntitle: Worklog\npre: \" <b> 1.6. </b> \"\nweight: 1\n---\n", path: anywhere)
    #expect(page.week.number == 6)
    #expect(page.week.source == .pre)
    let bare = try onePage("---\npre: \"<b>7.</b>\"\n---\n", path: anywhere)
    #expect(bare.week.number == 7)
  }

  @Test func weekFromTheWeightLast() throws {
    let page = try onePage("---\ntitle: Worklog\nweight: 08\n---\n", path: anywhere)
    #expect(page.week.number == 8)
    #expect(page.week.source == .weight)
  }

  @Test func floatWeightNamesNoWeek() throws {
    let page = try onePage("---\ntitle: Worklog\nweight: 1.91\n---\n", path: anywhere)
    #expect(page.week.number == nil)
    #expect(page.week.evidence.isEmpty)
  }

  @Test func languageFromTheSuffix() throws {
    let vi = try onePage(
      "### Week 3 Objectives\n- English text\n", path: "site/content/1-Worklog/1.3-Week3/_index.vi.md")
    #expect(vi.language.code == "vi" && vi.language.source == .suffix)
    let en = try onePage("### Mục tiêu tuần 3\n- Tìm hiểu về mạng\n", path: "site/content/worklog/week-3.en.md")
    #expect(en.language.code == "en" && en.language.source == .suffix)
  }

  @Test func languageFromTheFolder() throws {
    let page = try onePage("### Week 3 Objectives\n- English text\n", path: "site/content/vi/worklog/week-03/index.md")
    #expect(page.language.code == "vi" && page.language.source == .folder)
  }

  @Test func languageFromTheText() throws {
    let vi = try onePage("---\ntitle: \"Tuần 3\"\n---\n### Mục tiêu tuần 3:\n- Tìm hiểu về mạng và bảo mật trên AWS\n")
    #expect(vi.language.code == "vi" && vi.language.source == .text)
    let en = try onePage("---\ntitle: \"Tuần 3\"\n---\n### Week 3 Objectives:\n- Learn about networking on AWS\n")
    #expect(en.language.code == "en" && en.language.source == .text)
  }

  @Test func weekPageKind() throws {
    #expect(try onePage("### Week 3 Objectives\n- a\n").kind == .week)
  }

  @Test func sectionPageIsAnOverview() throws {
    let page = try onePage(
      "---\ntitle: \"Worklog\"\nweight: 1\n---\nThe weekly worklog.\n", path: "site/content/1-Worklog/_index.md")
    #expect(page.kind == .overview)
    #expect(page.week.number == 1)
  }

  @Test func readmeIsOther() throws {
    #expect(try onePage("# Course list\n", path: "site/content/1-Worklog/README.md").kind == .other)
  }

  @Test func wholeTermPageGivesOneWorklogPerWeek() throws {
    let text = """
      ---
      title: "Worklog"
      ---
      ## Week 1
      ### Objectives
      - Set up the account
      ### Tasks
      | Day | Task | Start Date |
      | --- | --- | --- |
      | 2 | Create the account | 08/09/2025 |

      ## Week 2
      ### Objectives
      - Learn IAM

      ## Week 3
      ### Objectives
      - Learn VPC
      ### Achievements
      - Built a VPC
      """
    let pages = WorklogParser.parse(SourceFile(path: "site/content/worklog/_index.md", text: text))
    #expect(pages.map(\.kind) == [.termWeek, .termWeek, .termWeek])
    #expect(pages.map(\.week.number) == [1, 2, 3])
    #expect(pages.map { $0.week.source } == [.heading, .heading, .heading])
    #expect(pages.map { $0.title?.value } == ["Week 1", "Week 2", "Week 3"])
    #expect(pages.map(\.segment) == [4...11, 12...15, 16...20])
    #expect(pages.map { $0.objectives.map(\.text) } == [["Set up the account"], ["Learn IAM"], ["Learn VPC"]])
    #expect(pages[0].tasks?.rows.first?.startDate == day(2025, 9, 8))
    #expect(pages[1].tasks == nil)
    #expect(pages[2].achievements.map(\.text) == ["Built a VPC"])
  }

  @Test func pageWithOneWeekHeadingIsNotATerm() throws {
    let pages = WorklogParser.parse(SourceFile(path: "site/content/worklog/_index.md", text: "## Week 1\n- a\n"))
    #expect(pages.count == 1)
    #expect(pages[0].kind == .overview)
  }

  @Test func crlfPageKeepsLinesAndColumns() throws {
    let text = [
      "---", "title: \"Week 3\"", "---", "### Week 3 Objectives:", "- Learn VPC", "",
      "| Day | Task | Start Date |", "| --- | --- | --- |", "| 2 | Study | 22/09/2025 |",
    ].joined(separator: "\r\n")
    let page = try onePage(text)
    #expect(page.title?.value == "Week 3")
    #expect(page.sections.first?.heading?.value == "Week 3 Objectives:")
    #expect(page.objectives.map(\.text) == ["Learn VPC"])
    #expect(page.objectives.first?.range.start == WorklogKit.SourceLocation(line: 5, column: 3, offset: 53))
    let start = try #require(page.tasks?.rows.first?.start)
    #expect(start.date == day(2025, 9, 22))
    #expect(start.raw.range.start.line == 9)
    #expect(start.raw.range.start.column == 15)
    #expect(start.raw.range.end.column == 25)
  }

  @Test func unclosedCodeFenceIsAnIssue() throws {
    let page = try onePage("### Week 3 Objectives\n- a\n```bash\naws s3 ls\n")
    #expect(page.issues.map(\.kind) == [.unterminatedFence])
    #expect(page.issues.first?.range.start.line == 3)
  }

  @Test func invalidUTF8AndNulBytesAreIssues() throws {
    let file = SourceFile(path: weekThreePath, bytes: Array("### Week 3 Objectives\n- a".utf8) + [0xFF, 0x00])
    let pages = WorklogParser.parse(file)
    #expect(pages.first?.issues.map(\.kind) == [.invalidUTF8, .nulBytes])
  }
}
