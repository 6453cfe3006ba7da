import Foundation
import Testing

@testable import WorklogKit

/// The site rules (WL5xx) beyond their documented examples.
@Suite struct SiteRulesTests {
  static let sections = RuleRegistry.sectionRules + RuleRegistry.siteRules

  static func week(_ n: Int, _ suffix: String = "", _ body: String) -> (path: String, text: String) {
    ("site/content/1-Worklog/1.\(n)-Week\(n)/_index\(suffix).md", body)
  }

  static func table(_ rows: [(Int, String, String)]) -> String {
    "| Day | Task | Start Date | Completion Date |\n| --- | ---- | ---------- | --------------- |\n"
      + rows.map { "| \($0.0) | Task on day \($0.0) | \($0.1) | \($0.2) |\n" }.joined()
  }

  /// The sample site has six deliberate flaws; of the section and site rules only the missing
  /// achievements of week 10 concerns them, and none of the knock-on effects may be reported.
  @Test func theSampleSiteGivesOnlyItsMissingAchievements() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("worklogs").path
    let fileSystem = LocalFileSystem()
    let found = Discovery(fileSystem: fileSystem).find([root])
    try #require(found.pages.count >= 26)
    var findings: [Diagnostic] = []
    PageLoader(fileSystem: fileSystem, parallelism: 1).forEachSite(found.pages) { site in
      findings += Linter(rules: Self.sections).lint(site: site) { _ in Configuration() }
    }
    #expect(
      findings.map { "\($0.code) \($0.path.split(separator: "/").suffix(2).joined(separator: "/"))" } == [
        "WL203 1.10-Week10/_index.md"
      ])
  }

  @Test func eachMissingWeekIsReportedOnceOnTheOverview() {
    let files =
      [("site/content/1-Worklog/_index.md", "---\ntitle: \"Worklog\"\n---\n")]
      + [1, 4, 5].flatMap {
        [Self.week($0, "", "### Week \($0) Objectives:\n"), Self.week($0, ".vi", "### Mục tiêu tuần \($0):\n")]
      }
    let findings = LintHarness.lint(files, rules: [WeekMissingRule()])
    #expect(
      findings.map(\.message) == [
        "week 2 has no page (the site has weeks up to 5)", "week 3 has no page (the site has weeks up to 5)",
      ])
    #expect(Set(findings.map(\.path)) == ["site/content/1-Worklog/_index.md"])
  }

  @Test func anUnsuffixedPageThatReadsAsEnglishBesideAnEnglishOneIsItsTwin() {
    let files = [1, 2].flatMap { n in
      [
        ("site/content/1-Worklog/1.\(n)-Week\(n).en.md", "### Week \(n) Objectives:\n\n- Deploy the API.\n"),
        (
          "site/content/1-Worklog/1.\(n)-Week\(n).md",
          "### Mục tiêu tuần \(n):\n\n- Deploy the API Gateway stage and the Lambda handlers.\n"
        ),
      ]
    }
    let findings = LintHarness.lint(files, rules: [WeekDuplicateRule(), TwinMissingRule()])
    #expect(findings.isEmpty, "\(findings.map(\.message))")
  }

  @Test func twinDatesReadInOppositeOrdersAreNotDifferentDays() {
    let en = Self.week(3, "", Self.table([(2, "22/09/2025", "22/09/2025"), (3, "11/10/2025", "11/10/2025")]))
    let vi = Self.week(3, ".vi", Self.table([(2, "09/22/2025", "09/22/2025"), (3, "11/10/2025", "11/10/2025")]))
    #expect(LintHarness.lint([en, vi], rules: [TwinDatesDisagreeRule()]).isEmpty)
  }

  @Test func twinsDatedForAnotherWeekGiveOneFinding() {
    let en = Self.week(
      3, "",
      Self.table([(2, "22/09/2025", "22/09/2025"), (3, "23/09/2025", "23/09/2025"), (4, "24/09/2025", "24/09/2025")]))
    let vi = Self.week(
      3, ".vi",
      Self.table([(2, "15/09/2025", "15/09/2025"), (3, "16/09/2025", "16/09/2025"), (4, "17/09/2025", "17/09/2025")]))
    let findings = LintHarness.lint([en, vi], rules: [TwinDatesDisagreeRule()])
    #expect(
      findings.map(\.message) == [
        "the dates of all 3 rows differ from the English twin's (2025-09-15 … 2025-09-17 here, 2025-09-22 … 2025-09-24 there)"
      ])
  }

  @Test func aFirstWeekDatedAfterTheNextTwoIsTheOneReported() {
    let files = [
      Self.week(1, "", Self.table([(2, "11/08/2026", "11/08/2026"), (3, "12/08/2026", "12/08/2026")])),
      Self.week(2, "", Self.table([(2, "12/01/2026", "12/01/2026"), (3, "13/01/2026", "13/01/2026")])),
      Self.week(3, "", Self.table([(2, "19/01/2026", "19/01/2026"), (3, "20/01/2026", "20/01/2026")])),
    ]
    let findings = LintHarness.lint(files, rules: [WeeksOverlapRule()])
    #expect(findings.map(\.message) == ["week 1 (2026-08-11 … 2026-08-12) lies after week 2 (2026-01-12 … 2026-01-13)"])
    #expect(findings.map(\.path) == [files[0].path])
  }

  @Test func theOverviewIsComparedWithTheTasksOfEachWeekItDates() {
    let overview = (
      "site/content/1-Worklog/_index.md",
      """
      - Week 1: 06/10/2025 - 10/10/2025
      - Week 2: 13/10/2025 - 17/10/2025
      - [Week 9](1.9-week9/)

      """
    )
    let files = [
      overview,
      Self.week(1, "", Self.table([(2, "2025-10-06", "2025-10-06"), (6, "2025-10-10", "2025-10-10")])),
      Self.week(2, "", Self.table([(2, "2025-10-20", "2025-10-20"), (6, "2025-10-24", "2025-10-24")])),
    ]
    let findings = LintHarness.lint(files, rules: [OverviewDisagreesRule()])
    #expect(
      findings.map(\.message) == [
        "the overview gives week 2 as 2025-10-13 … 2025-10-17, but its tasks run 2025-10-20 … 2025-10-24",
        "the overview lists week 9, but the site's last week is 2",
      ])
  }

  @Test func configuredLanguagesAreExpectedInEveryWeek() {
    let files = [Self.week(1, ".vi", "### Mục tiêu tuần 1:\n"), Self.week(2, ".vi", "### Mục tiêu tuần 2:\n")]
    let config = Configuration(languages: ["en", "vi"])
    let findings = LintHarness.lint(files, rules: [TwinMissingRule()], configuration: config)
    #expect(findings.map(\.message) == ["week 1 has no English page", "week 2 has no English page"])
  }

  @Test func aConfiguredMonthFirstSiteReportsItsDayFirstTwin() {
    let en = Self.week(3, "", Self.table([(2, "09/22/2025", "09/22/2025")]))
    let vi = Self.week(3, ".vi", Self.table([(2, "22/09/2025", "22/09/2025")]))
    let findings = LintHarness.lint(
      [en, vi], rules: [TwinsDateOrderDifferRule()], configuration: Configuration(dateOrder: "monthFirst"))
    #expect(findings.map(\.path) == [vi.path])
    #expect(
      findings.first?.message == "dates are written day first (DD/MM) here but month first (MM/DD) in the English twin")
  }
}
