import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The twin pairs the site rules share (`SiteComparisons`) and the quick pairing of a week's two
/// pages agree with the pairs found by grouping the pages by language; the shared copies are
/// the site's.
@Suite struct SiteComparisonsTests {
  static func week(_ n: Int, draft: Bool = false) -> String {
    "---\ntitle: \"Week \(n) Worklog\"\n\(draft ? "draft: true\n" : "")---\n\n### Week \(n) Objectives:\n\n* Learn the console\n"
  }

  func site(_ files: [(String, String)]) throws -> Site {
    try #require(SummaryFixtures.sites(Dictionary(files) { $1 }).first)
  }

  static func paths(_ pairs: [(first: Worklog, second: Worklog)]) -> [[String]] {
    pairs.map { [$0.first.path, $0.second.path] }
  }

  @Test func sharedPairsAreTheSitesPairs() throws {
    let found = try site([
      ("s/content/1-Worklog/1.1-Week1/_index.md", Self.week(1)),
      ("s/content/1-Worklog/1.1-Week1/_index.vi.md", Self.week(1)),
      ("s/content/1-Worklog/1.2-Week2/_index.md", Self.week(2)),
      ("s/content/1-Worklog/1.2-Week2/_index.vi.md", Self.week(2, draft: true)),
      ("s/content/1-Worklog/1.3-Week3/_index.md", Self.week(3)),
      ("s/content/1-Worklog/1.3-Week3/_index.vi.md", Self.week(3)),
      ("s/content/1-Worklog/1.3-Week3/_index.fr.md", Self.week(3)),
      ("s/content/1-Worklog/1.4-Week4/_index.vi.md", Self.week(4)),
      ("s/content/1-Worklog/1.4-Week4/extra.vi.md", Self.week(4)),
      ("s/content/1-Worklog/1.4-Week4/_index.md", Self.week(4)),
    ])
    let shared = SiteComparisons(site: found)
    #expect(Self.paths(shared.pairs) == Self.paths(found.twinPairs))
    #expect(Self.paths(shared.pairs) == Self.paths(found.twinPairsByGrouping))
    #expect(
      Self.paths(found.twinPairs).first == [
        "s/content/1-Worklog/1.1-Week1/_index.md", "s/content/1-Worklog/1.1-Week1/_index.vi.md",
      ])
    let context = LintContext(configuration: Configuration(), comparisons: shared)
    #expect(Self.paths(context.twinPairs(of: found)) == Self.paths(found.twinPairs))
    #expect(Self.paths(LintContext().twinPairs(of: found)) == Self.paths(found.twinPairs))
  }

  @Test func twoPagesInOneLanguageAreNoPair() throws {
    let found = try site([
      ("s/content/1-Worklog/1.1-Week1/_index.md", Self.week(1)),
      ("s/content/1-Worklog/1.1-Week1/notes.md", Self.week(1)),
    ])
    #expect(Self.paths(found.twinPairs) == Self.paths(found.twinPairsByGrouping))
  }

  static func tasks(_ n: Int, _ rows: [String]) -> String {
    "---\ntitle: \"Week \(n) Worklog\"\n---\n\n### Week \(n) Tasks:\n\n| Day | Task | Start Date | Completion Date |\n"
      + "| --- | --- | --- | --- |\n" + rows.map { "| 2 | \($0) | | |\n" }.joined()
  }

  @Test func sharedCopiesAreTheSitesAndSummaryJudgesByThem() throws {
    let rows = ["Set up the billing alarm", "Create two IAM users", "Draw the VPC with subnets"]
    let found = try site([
      ("s/content/1-Worklog/1.1-Week1/_index.md", Self.tasks(1, rows)),
      ("s/content/1-Worklog/1.2-Week2/_index.md", Self.tasks(2, rows)),
      ("s/content/1-Worklog/1.3-Week3/_index.md", Self.tasks(3, ["Read about Lambda layers in depth"])),
    ])
    let other = try site([("t/content/1-Worklog/1.1-Week1/_index.md", Self.tasks(1, rows))])
    let shared = SiteComparisons(site: found)
    let copies = shared.copies
    #expect(copies.map(\.page.path) == WeekCopies.find(in: found).map(\.page.path))
    #expect(copies.map(\.week) == [2])
    let context = LintContext(configuration: Configuration(), comparisons: shared)
    #expect(context.copies(of: found).map(\.week) == [2])
    // Another site's context finds that site's own copies.
    #expect(context.copies(of: other).isEmpty)
    let given = SummaryBuilder.terms(site: found, findings: [], options: SummaryOptions(), copies: copies)
    let worked = SummaryBuilder.terms(site: found, findings: [], options: SummaryOptions())
    #expect(given.flatMap(\.weeks).map(\.state) == worked.flatMap(\.weeks).map(\.state))
    #expect(given.flatMap(\.weeks).map(\.state).contains(.copied))
  }
}
