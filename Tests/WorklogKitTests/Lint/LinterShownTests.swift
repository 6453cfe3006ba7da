import Foundation
import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Linting a site for some of its pages (a pre-commit hook names one) finds on those pages
/// exactly what linting the whole site finds there: page rules run on the named pages only, the
/// site rules still compare them with every other page.
@Suite struct LinterShownTests {
  static func sampleSite() throws -> Site {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("worklogs").path
    let fileSystem = LocalFileSystem()
    let found = Discovery(fileSystem: fileSystem).find([root])
    var sites: [Site] = []
    PageLoader(fileSystem: fileSystem, parallelism: 1).forEachSite(found.pages) { sites.append($0) }
    return try #require(sites.first)
  }

  /// A site whose flaws are the site rules': a duplicated week, a missing twin, overlapping dates.
  static func flawedSite() -> Site {
    let table = "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
    return SummaryFixtures.site([
      "site/content/1-Worklog/1.1-Week1/_index.md":
        "### Week 1 Objectives:\n\n- Learn IAM\n\n\(table)| 2 | Create users | 08/09/2025 | 12/09/2025 |\n",
      "site/content/1-Worklog/1.2-Week2/_index.md":
        "### Week 2 Objectives:\n\n- Learn EC2\n\n\(table)| 2 | Launch one | 10/09/2025 | 19/09/2025 |\n",
      "site/content/1-Worklog/1.3-Week2/_index.md":
        "### Week 2 Objectives:\n\n- TODO\n\n\(table)| 2 | | 22/09/2025 | 26/09/2025 |\n",
      "site/content/1-Worklog/1.1-Week1/_index.vi.md": "### Mục tiêu tuần 1:\n\n- Học IAM\n",
    ])
  }

  @Test(arguments: [false, true]) func eachPageAloneFindsWhatTheWholeSiteFindsThere(sample: Bool) throws {
    let site = sample ? try Self.sampleSite() : Self.flawedSite()
    let linter = Linter()
    let whole = linter.lint(site: site) { _ in Configuration() }
    #expect(!whole.isEmpty)
    // Both kinds of finding are there to be lost: one a page rule's, one a site rule's.
    if !sample { #expect(whole.contains { $0.code.hasPrefix("WL5") } && whole.contains { !$0.code.hasPrefix("WL5") }) }
    for page in site.pages {
      let alone = linter.lint(site: site, shown: [page.path]) { _ in Configuration() }
      #expect(alone == whole.filter { $0.path == page.path }, "\(page.path)")
    }
    let two = Set(site.pages.prefix(2).map(\.path))
    #expect(linter.lint(site: site, shown: two) { _ in Configuration() } == whole.filter { two.contains($0.path) })
  }
}
