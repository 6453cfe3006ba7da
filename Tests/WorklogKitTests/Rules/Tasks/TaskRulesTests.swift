import Foundation
import Testing

@testable import WorklogKit

/// The task table rules beyond their examples: messages, configuration, and the sample site.
@Suite struct TaskRulesTests {
  static let header =
    "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"

  private func messages(
    _ rule: any LintRule, _ text: String, configuration: Configuration = Configuration(),
    path: String = RuleExample.defaultPath
  ) -> [String] {
    let marked = LintHarness.unmark([(path, text)])
    let findings = LintHarness.lint(marked.files, rules: [rule], configuration: configuration)
      .filter { $0.code == rule.description.code }
    let found = Set(
      findings.map { LintHarness.Mark(path: $0.path, line: $0.range.start.line, column: $0.range.start.column) })
    #expect(found == marked.marks, "findings at \(found.sorted { $0.description < $1.description })")
    return findings.map(\.message)
  }

  @Test func reversedDatesAreFlaggedAtTheCompletionCell() {
    let m = messages(TaskDatesInOrderRule(), Self.header + "| 3 | Study ECR | 21/10/2025 | ↓20/10/2025 | - |\n")
    #expect(m == ["completion 20/10/2025 is before start 21/10/2025"])
  }

  @Test func rowCellCountSaysWhichWay() {
    let rule = RowCellCountRule()
    #expect(
      messages(rule, Self.header + "↓| 5 | Compare ALB | NLB | 20/11/2025 | 20/11/2025 | - |\n")
        == ["row has 6 cells, the header 5: an unescaped | inside a cell?"])
    #expect(
      messages(rule, Self.header + "↓| 2 | Meet the team | 08/09/2025 | 08/09/2025 |\n") == [
        "row has 4 cells, the header 5"
      ])
    #expect(
      messages(rule, Self.header + "↓| 2 | Lab | 22/09/2025 | 22/09/2025 | [Lab](https://a.b/) | (https://c.d/) |\n")
        == ["row has 6 cells, the header 5: a cell after the last column?"])
  }

  @Test func overfullRowsGetNoKnockOnFindings() {
    // The extra cell at the end makes the completion cell look like text to a naive reading.
    let text = Self.header + "| 2 | Lab | 22/09/2025 | 22/09/2025 | [Lab](https://a.b/) | (https://c.d/) |\n"
    let files = [(RuleExample.defaultPath, text)]
    let codes = LintHarness.lint(files, rules: RuleRegistry.taskRules).map(\.code)
    #expect(codes == ["WL302"])
  }

  @Test func missingTableMessagesTellTheCasesApart() {
    let rule = TaskTableMissingRule()
    #expect(
      messages(rule, "### ↓Tasks to be carried out this week:\n\n- Built a VPC\n") == ["the tasks section has no table"]
    )
    #expect(
      messages(rule, "### Tasks to be carried out this week:\n\n↓| Item | Notes |\n| --- | --- |\n| VPC | Built |\n")
        == ["the tasks section has no task table: its table has no task or day column"])
    #expect(
      messages(rule, "# Week 3\n\n↓| Item | Notes |\n| --- | --- |\n| VPC | Built |\n")
        == ["the page has no task table: its tables have no task or day column"])
    #expect(messages(rule, "↓# Week 3\n\nNothing yet.\n") == ["the page has no task table"])
  }

  @Test func missingTableOnAWholeTermPagePointsAtTheWeek() {
    let text = """
      # Worklog

      ↓## Week 1: Setup

      - Made an account

      ↓## Week 2: EC2

      - Launched an instance

      """
    let m = messages(TaskTableMissingRule(), text, path: "site/content/worklog/_index.md")
    #expect(m == ["the page has no task table", "the page has no task table"])
  }

  @Test func invalidDatesSayWhy() {
    let rule = DateInvalidRule()
    #expect(
      messages(rule, Self.header + "| 6 | Clean up | 28/11/2025 | ↓31/11/2025 | - |\n")
        == ["completion 31/11/2025 names no real day: November has 30 days"])
    #expect(
      messages(rule, Self.header + "| 4 | IAM | ↓29/10/20255 | 29/10/2025 | - |\n")
        == ["start 29/10/20255 is not a well-formed date"])
  }

  @Test func outsideTheConfiguredWeek() {
    let config = Configuration(programStart: "2025-09-01")
    // Week 3 runs from Monday 2025-09-15; starts from 09-12 to 09-24 are accepted.
    let text = Self.header + "| 2 | IAM | 12/09/2025 | 15/09/2025 | - |\n| 3 | VPC | ↓25/09/2025 | 25/09/2025 | - |\n"
    #expect(
      messages(DateOutsideWeekRule(), text, configuration: config)
        == ["start 25/09/2025 is outside week 3 (2025-09-15 to 2025-09-21)"])
  }

  @Test func configuredDateOrderIsCheckedAtTheHeader() {
    let text =
      "↓| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n| 2 | IAM | 09/15/2025 | 09/15/2025 |\n"
    #expect(
      messages(DateOrderInconsistentRule(), text, configuration: Configuration(dateOrder: "dayFirst"))
        == ["this table writes its dates month-first, but the configured dateOrder is dayFirst"])
    #expect(
      messages(
        DateOrderInconsistentRule(), text.replacingAll("↓", with: ""),
        configuration: Configuration(dateOrder: "monthFirst")
      ).isEmpty)
  }

  @Test func mixedOrderCellsAreFlagged() {
    let text =
      Self.header + "| 2 | S3 | 13/10/2025 | 13/10/2025 | - |\n| 3 | EBS | 14/10/2025 | 14/10/2025 | - |\n"
      + "| 4 | EFS | ↓10/15/2025 | 15/10/2025 | - |\n"
    #expect(
      messages(DateOrderInconsistentRule(), text)
        == ["start 10/15/2025 is written month-first, but the table's other dates are day-first (5 cells)"])
    // The same cell is not also an impossible date.
    #expect(messages(DateInvalidRule(), text.replacingAll("↓", with: "")).isEmpty)
  }

  @Test func weekdayMessagesNameBothDays() {
    let text =
      "| Thứ | Công việc | Bắt đầu | Kết thúc |\n| --- | --- | --- | --- |\n| ↓2 (T3) | OCR | 27/04/2026 | 27/04/2026 |\n"
    #expect(messages(WeekdayMismatchRule(), text) == ["Day says Tuesday (2 (T3)) but 27/04/2026 is a Monday"])
  }

  @Test func aTableOfLabelsAllADayOffIsOneFinding() {
    let text =
      Self.header + "| ↓Mon | IAM | 05/05/2026 | 05/05/2026 | - |\n| Tue | VPC | 06/05/2026 | 06/05/2026 | - |\n"
      + "| Wed | EC2 | 07/05/2026 | 07/05/2026 | - |\n"
    #expect(
      messages(WeekdayMismatchRule(), text)
        == ["Day says Monday (Mon) but 05/05/2026 is a Tuesday; 2 more rows are off by the same day"])
    // Without a written year, worklog took 2026 from the page; 2025 fits every label.
    let yearless = "---\ndate: 2026-05-04\n---\n\n" + text.replacingAll("/2026", with: "").replacingAll("↓", with: "")
    #expect(messages(WeekdayMismatchRule(), yearless).isEmpty)
  }

  @Test func referenceNotesSkipPlaceholdersAndTaskLinks() {
    let rule = ReferenceNotALinkRule()
    let text =
      Self.header
      + "| 2 | IAM | 15/09/2025 | 15/09/2025 | ↓AWS Docs |\n"
      + "| 3 | Read [VPC](https://docs.aws.amazon.com/vpc/) | 16/09/2025 | 16/09/2025 | Tài liệu trong link |\n"
      + "| 4 | Meeting | 17/09/2025 | 17/09/2025 | Nội bộ nhóm |\n| 5 | Rest | 18/09/2025 | 18/09/2025 | N/A |\n"
    #expect(messages(rule, text) == ["reference 'AWS Docs' links nowhere"])
  }

  @Test func emptyTaskCellsAreFoundButDaysOffAreNot() {
    let text =
      Self.header
      + "| 2 | IAM | 15/09/2025 | 15/09/2025 | - |\n| 3 | ↓- | 16/09/2025 | 16/09/2025 | - |\n| CN |  |  |  |  |\n"
    #expect(messages(TaskEmptyRule(), text) == ["the task cell holds only '-'"])
  }

  /// The sample site's README promises exactly these task table findings.
  @Test func sampleSiteGivesTheDocumentedFindings() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "worklogs"
      ).path
    let fs = LocalFileSystem()
    let found = Discovery(fileSystem: fs).find([root])
    #expect(found.pages.count > 20)
    for config in [Configuration(), Configuration(dateOrder: "dayFirst", programStart: "2025-09-08")] {
      var round: [String] = []
      PageLoader(fileSystem: fs, parallelism: 1).forEachSite(found.pages) { site in
        for d in Linter(rules: RuleRegistry.taskRules).lint(site: site, configuration: { _ in config }) {
          round.append("\(d.path.dropFirst(root.count + 1)):\(d.range.start.line) \(d.code)")
        }
      }
      #expect(
        round.sorted() == [
          "content/1-Worklog/1.11-Week11/_index.md:22 WL302", "content/1-Worklog/1.11-Week11/_index.vi.md:22 WL302",
          "content/1-Worklog/1.4-Week4/_index.md:22 WL303", "content/1-Worklog/1.4-Week4/_index.vi.md:22 WL303",
          "content/1-Worklog/1.9-Week9/_index.md:23 WL305", "content/1-Worklog/1.9-Week9/_index.vi.md:23 WL305",
        ])
    }
  }
}
