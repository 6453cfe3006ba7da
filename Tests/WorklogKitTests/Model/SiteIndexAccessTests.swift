import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The index views of `Site` (`weekIndexes(week:)`, `weekIndexesByWeek`, `languageCode(ofWeekAt:)`)
/// name the pages and languages its copying views give.
@Suite struct SiteIndexAccessTests {
  func site(_ files: [(String, String)]) throws -> Site {
    try #require(SummaryFixtures.sites(Dictionary(files) { $1 }).first)
  }

  @Test func theIndexViewsAgreeWithThePageViews() throws {
    let found = try site([
      ("s/content/1-Worklog/1.1-Week1/_index.md", SiteTests.week(1)),
      ("s/content/1-Worklog/1.1-Week1/_index.vi.md", SiteTests.week(1)),
      ("s/content/1-Worklog/1.2-Week2.md", SiteTests.week(2)),
      ("s/content/1-Worklog/1.2-Week2.en.md", SiteTests.week(2)),
      ("s/content/1-Worklog/1.3-Week3/_index.md", SiteTests.week(3)),
      ("s/content/1-Worklog/extra.md", "---\ntitle: \"Extra\"\nweight: 2\n---\n\n### Objectives:\n\n* Read\n"),
    ])
    for i in found.weeks.indices {
      #expect(found.languageCode(ofWeekAt: i) == found.languageCode(of: found.weeks[i]))
    }
    #expect(found.weekIndexesByWeek.keys.sorted() == found.pagesByWeek.keys.sorted())
    for n in found.weekNumbers {
      #expect(found.weekIndexes(week: n).map { found.weeks[$0].path } == found.pages(week: n).map(\.path))
      #expect(found.weekIndexesByWeek[n] == found.weekIndexes(week: n))
    }
    #expect(found.weekIndexes(week: 9).isEmpty)
  }
}
