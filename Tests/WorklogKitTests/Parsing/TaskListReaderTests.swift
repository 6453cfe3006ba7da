import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Tasks written as a heading per day, or as a bullet list under the tasks heading.
@Suite struct TaskListReaderTests {
  @Test func dayHeadingsWithADate() throws {
    let page = try onePage(
      """
      ## Tasks

      ### Day 1 - Monday, May 4, 2026

      - Opened the AWS account
      - Set a budget alarm

      ### Day 2 - Tuesday, May 5, 2026

      Read about regions and zones.
      """)
    let table = try #require(page.tasks)
    #expect(table.kind == .dayHeadings)
    #expect(!table.isTable)
    #expect(table.rows.map { $0.day?.value } == ["Day 1", "Day 2"])
    #expect(table.rows.map(\.weekday) == [1, 2])
    #expect(table.rows.map(\.startDate) == [day(2026, 5, 4), day(2026, 5, 5)])
    #expect(
      table.rows[0].task?.value.items == [
        TextItem(text: "Opened the AWS account", level: 1), TextItem(text: "Set a budget alarm", level: 1),
      ])
    #expect(table.rows[1].task?.value.text == "Read about regions and zones.")
    #expect(table.rows.map(\.line) == [3, 8])
  }

  @Test(arguments: [
    ("### Day 2: Networking", "### Day 3: Storage", "Day 2", [1, 2]),
    ("### Ngày 2: Mạng", "### Ngày 3: Lưu trữ", "Ngày 2", [1, 2]),
    ("#### Monday — Networking", "#### Tuesday — Storage", "Monday", [1, 2]),
    ("#### Thứ 2 — Mạng", "#### Thứ 3 — Lưu trữ", "Thứ 2", [1, 2]),
    ("### Day 1: Networking", "### Day 2: Storage", "Day 1", [1, 2]),
  ])
  func dayHeadingsWithATopic(_ first: String, _ second: String, _ label: String, _ weekdays: [Int]) throws {
    let page = try onePage("## Tasks\n\n\(first)\n\n- Built a VPC\n\n\(second)\n\n- Made a bucket\n")
    let table = try #require(page.tasks)
    #expect(table.kind == .dayHeadings)
    #expect(table.rows.first?.day?.value == label)
    #expect(table.rows.map(\.weekday) == weekdays)
    #expect(table.rows.first?.task?.value.items.first?.level == 1)
    #expect(table.rows.first?.task?.value.items.last == TextItem(text: "Built a VPC", level: 2))
    #expect(table.rows.allSatisfy { $0.startDate == nil })
  }

  @Test func oneDayHeadingIsNotATaskList() throws {
    let page = try onePage("## Notes\n\n### Monday — a holiday\n\nNothing done.\n")
    #expect(page.tasks == nil)
  }

  @Test func bulletListUnderTheTasksHeading() throws {
    let page = try onePage(
      """
      ## Objectives

      - Learn VPC

      ## Work completed

      - Built a VPC with two subnets
        - one public, one private
      - Wrote the [setup notes](https://example.com/notes)

      ## Results achieved

      - The VPC works
      """)
    let table = try #require(page.tasks)
    #expect(table.kind == .list)
    #expect(table.rows.count == 2)
    #expect(
      table.rows[0].task?.value.items == [
        TextItem(text: "Built a VPC with two subnets", level: 1), TextItem(text: "one public, one private", level: 2),
      ])
    #expect(table.rows[1].references.map(\.url) == ["https://example.com/notes"])
    #expect(table.rows.allSatisfy { $0.day == nil && $0.startDate == nil })
    #expect(page.objectives.map(\.text) == ["Learn VPC"])
    #expect(page.achievements.map(\.text) == ["The VPC works"])
  }

  @Test func proseUnderTheTasksHeadingGivesNoTasks() throws {
    let page = try onePage("## Tasks\n\nThis week I read about VPCs.\n")
    #expect(page.tasks == nil)
  }

  @Test func aTableWinsOverDayHeadings() throws {
    let page = try onePage(
      """
      ### Tasks to be carried out this week:

      \(templateHeader)
      | 2 | Study IAM | 22/09/2025 | 22/09/2025 | - |

      ### Detailed work performed:

      #### Monday — IAM

      Read the IAM guide.

      #### Tuesday — VPC

      Built a VPC.
      """)
    #expect(page.tasks?.kind == .pipe)
    #expect(page.tasks?.rows.count == 1)
  }

  @Test func nonTableTasksRaiseNoTableFindings() throws {
    let text = """
      ---
      title: "Week 3 Worklog"
      ---

      ## Tasks

      ### Day 2: Networking

      - Built a VPC

      ### Day 3: Storage

      - Made a bucket
      """
    let codes = Set(LintHarness.lint([(weekThreePath, text)], rules: RuleRegistry.all).map(\.code))
    #expect(
      codes.isDisjoint(with: [
        "WL302", "WL303", "WL304", "WL305", "WL306", "WL307", "WL308", "WL309", "WL310", "WL311", "WL312",
      ]))
    // The page still has no table, and the rule that asks for one still says so.
    #expect(codes.contains("WL301"))
  }

  @Test func twinsInDifferentShapesAreNotCountedAgainstEachOther() {
    let en = """
      ### Tasks to be carried out this week:

      \(templateHeader)
      | 2 | Study IAM | 22/09/2025 | 22/09/2025 | - |
      | 3 | Build a VPC | 23/09/2025 | 23/09/2025 | - |
      | 4 | Make a bucket | 24/09/2025 | 24/09/2025 | - |
      """
    let vi = "### Công việc đã thực hiện\n\n- Học IAM và xây dựng VPC\n- Tạo bucket S3\n"
    let findings = LintHarness.lint(
      [("site/content/1-Worklog/1.3-Week3/_index.md", en), ("site/content/1-Worklog/1.3-Week3/_index.vi.md", vi)],
      rules: RuleRegistry.all)
    #expect(!findings.contains { $0.code == "WL503" })
  }

  @Test func documentsValidate() throws {
    for text in ["## Tasks\n\n### Day 2: A\n\n- a\n\n### Day 3: B\n\n- b\n", "## Work completed\n\n- a\n- b\n"] {
      let page = try onePage(text)
      #expect(SchemaValidator.violations(DocumentJSON.document(page), DocumentSchema.schema).isEmpty)
      #expect(page.tasks != nil)
    }
  }
}
