import Testing

@testable import WorklogKit

/// Issue 15: what the rules need is recorded by the parser once, so no rule reads a row's raw
/// text, a cell's markup or the page's lines again.
@Suite struct RecordedForRulesTests {
  @Test func raggedRowsSayWhetherTheStartColumnHoldsADate() throws {
    let table = try taskTable(
      """
      \(templateHeader)
      | 2 | Study IAM | 22/09/2025 | 23/09/2025 | [IAM](https://aws.amazon.com/iam/) | (https://example.com/) |
      | 5 | Compare ALB | NLB | 20/11/2025 | 21/11/2025 | - |
      """)
    #expect(table.raggedRows.map(\.datedStart) == [true, false])
  }

  @Test func everyCellIsReadOnce() throws {
    let table = try taskTable(
      """
      \(templateHeader)
      | 2 | **Study** IAM | 22/09/2025 | 23/09/2025 | [IAM guide](https://aws.amazon.com/iam/) |
      """)
    let row = try #require(table.rows.first)
    #expect(row.readCells.map(\.text) == ["2", "Study IAM", "22/09/2025", "23/09/2025", "IAM guide"])
    #expect(row.readCells[4].links.map(\.url) == ["https://aws.amazon.com/iam/"])
  }

  @Test func tablesNotTakenForTasksKeepTheirLines() throws {
    let page = try onePage(
      """
      ### Tasks to be carried out this week:

      | Service | Notes |
      | ------- | ----- |
      | VPC | Built one |

      | Region | Cost |
      | ------ | ---- |
      | us-east-1 | 3 USD |
      """)
    #expect(page.tasks?.isTable != true)
    #expect(page.otherTables == 2)
    #expect(page.otherTableLines == [3...5, 7...9])
  }

  @Test func theOverviewListsItsWeeksOnceParsed() throws {
    let page = try onePage(
      """
      ---
      title: Worklog
      ---

      - [Week 1](1.1-week1/): 15/09/2025 - 19/09/2025
      - Week 2 and Week 3 went to networking.
      - Tuần 4: 29/09/2025 đến 03/10/2025
      """,
      path: "site/content/1-Worklog/_index.md")
    #expect(page.kind == .overview)
    #expect(page.listedWeeks.map(\.week) == [1, 4])
    #expect(page.listedWeeks.map(\.hasLink) == [true, false])
    let first = try #require(page.listedWeeks.first?.range)
    #expect(first.read(.dayFirst).map { "\($0.lowerBound)…\($0.upperBound)" } == "2025-09-15…2025-09-19")
    #expect(first.read(.monthFirst) == nil)
    #expect(ListedWeek.orders(page.listedWeeks, configured: nil) == [.dayFirst])
  }

  @Test func aWeekPageListsNoWeeks() throws {
    let page = try onePage("### Week 3 Objectives:\n\n- Week 3: 22/09/2025 - 26/09/2025\n")
    #expect(page.listedWeeks.isEmpty)
  }

  @Test func inlineLabelsAreReadWithThePage() throws {
    let page = try onePage("**Main objective:** set up the lab account\n\nGoal: automate the pipeline.\n\nNote:\n")
    #expect(page.inlineLabels == [.objectives])
  }

  @Test func headedSectionsKnowWhetherAnythingStandsUnderThem() throws {
    let page = try onePage(
      """
      ### Week 3 Objectives:

      <!-- to do -->

      ### Week 3 Achievements:

      * Built a VPC
      """)
    #expect(page.sections.filter { $0.heading != nil }.map(\.isEmpty) == [true, false])
    let filled = try onePage("### Week 3 Objectives:\n\n* Learn VPC\n")
    #expect(filled.sections.map(\.isEmpty) == [false])
  }

  @Test func noticesAndShortProseLinesAreKeptForTheTemplateRule() throws {
    let long = String(repeating: "long words ", count: 30)
    let page = try onePage(
      """
      {{% notice info %}}
      Sample text, for reference only.
      {{% /notice %}}

      ### Week 3 Objectives:

      * Task 1
      \(long)
      """)
    let notice = try #require(page.templateText.notices.first)
    #expect(page.templateText.notices.count == 1)
    #expect((notice.openLine, notice.closeLine) == (1, 3))
    #expect(notice.text == "{{% notice info %}}\nSample text, for reference only.")
    #expect(page.templateText.lines.map { $0.raw(in: page.source) } == ["Task 1"])
  }

  /// A prose line is kept as its bytes, measured as its text where the file holds invalid
  /// UTF-8: U+FFFD (three bytes) stands for one bad byte, so 238 bytes and a bad one are 241.
  @Test func aLineWithInvalidUTF8IsMeasuredAsItsText() throws {
    let fits = Array(repeating: UInt8(ascii: "a"), count: 238)
    var bytes = Array("### Week 3 Objectives:\n\n".utf8)
    bytes += Array("* ".utf8) + Array(repeating: UInt8(ascii: "b"), count: 238) + [0xFF] + Array("\n".utf8)
    bytes += fits + Array("\n* Task 1\n".utf8)
    let page = try #require(
      WorklogParser.parse(SourceFile(path: "site/content/1.3-Week3/_index.md", bytes: bytes)).first)
    #expect(page.source.firstInvalidUTF8Offset != nil)
    let kept = page.templateText.lines.map { $0.raw(in: page.source) }
    #expect(kept == [String(decoding: fits, as: UTF8.self), "Task 1"])
  }

  @Test func aWholeTermWeekKeepsOnlyItsOwnPartsLines() {
    let text = """
      ## Week 1
      ### Objectives
      - Set up the account

      ## Week 2
      ### Objectives
      - Learn IAM
      """
    let pages = WorklogParser.parse(SourceFile(path: "site/content/worklog/_index.md", text: text))
    #expect(
      pages.map { p in p.templateText.lines.map { $0.raw(in: p.source) } } == [["Set up the account"], ["Learn IAM"]])
  }
}
