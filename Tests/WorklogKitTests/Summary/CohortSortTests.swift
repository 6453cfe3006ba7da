import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct CohortSortTests {
  typealias F = SummaryFixtures

  /// A term for site `name` with the given weeks present (each with dates) and finding counts.
  static func term(
    _ name: String, weeks: [Int], expected: ClosedRange<Int> = 1...4, findings: FindingCounts = FindingCounts()
  ) -> TermSummary {
    var summaries = expected.map { n -> WeekSummary in
      guard weeks.contains(n) else { return .missing(n) }
      var w = WeekSummary(week: n, status: .ok, language: "en", path: "\(name)/\(n).md", notes: [])
      w.start = F.monday.adding(days: 7 * (n - 1))
      w.end = w.start?.adding(days: 4)
      return w
    }
    if let i = summaries.firstIndex(where: \.isPresent) { summaries[i].findings = findings }
    return TermSummary(site: SiteIdentity(root: "corpus/\(name)", name: name), languages: ["en"], weeks: summaries)
  }

  static let sites = [
    term("bao", weeks: [1, 2, 3, 4], findings: FindingCounts(error: 0, warning: 5)),
    term("An", weeks: [1, 3], findings: FindingCounts(error: 2)),
    term("chi", weeks: [1, 2], findings: FindingCounts(error: 2, warning: 1)),
    term("dung", weeks: [], findings: FindingCounts()),
  ]

  @Test func byNameIgnoresCase() {
    #expect(CohortSummary(sites: Self.sites, sort: .name).sites.map(\.site.name) == ["An", "bao", "chi", "dung"])
  }

  @Test func byMissingPutsMostMissingFirst() {
    #expect(CohortSummary(sites: Self.sites, sort: .missing).sites.map(\.site.name) == ["dung", "An", "chi", "bao"])
  }

  @Test func byFindingsPutsMostErrorsFirstThenWarnings() {
    #expect(CohortSummary(sites: Self.sites, sort: .findings).sites.map(\.site.name) == ["chi", "An", "bao", "dung"])
  }

  @Test func byLastPutsTheLeastRecentLastWeekFirst() {
    #expect(CohortSummary(sites: Self.sites, sort: .last).sites.map(\.site.name) == ["dung", "chi", "An", "bao"])
  }

  @Test func theLevelFollowsTheSitesAndTheFocusWeek() {
    #expect(CohortSummary(sites: Self.sites).level == .cohort)
    #expect(CohortSummary(sites: [Self.sites[0]]).level == .term)
    #expect(CohortSummary(sites: Self.sites, focusWeek: 8).level == .week)
  }
}
