import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Issue 15: the site model is the one home of week identity, twins and languages; its index,
/// its twins and the rules agree.
@Suite struct SiteTests {
  static func week(_ n: Int, title: String = "", weight: Int? = nil) -> String {
    let w = weight.map { "weight: \($0)\n" } ?? ""
    return
      "---\ntitle: \"\(title.isEmpty ? "Week \(n) Worklog" : title)\"\n\(w)---\n\n### Week \(n) Objectives:\n\n* Learn the console\n"
  }

  func site(_ files: [(String, String)]) throws -> Site {
    try #require(SummaryFixtures.sites(Dictionary(files) { $1 }).first)
  }

  @Test func aWeekNamedOnlyByWeightIsNotIndexed() throws {
    let found = try site([
      ("s/content/1-Worklog/1.1-Week1/_index.md", Self.week(1)),
      ("s/content/1-Worklog/extra.md", "---\ntitle: \"Extra reading\"\nweight: 2\n---\n\n### Objectives:\n\n* Read\n"),
    ])
    #expect(found.weeks.count == 2)
    #expect(found.weekNumbers == [1])
    #expect(found.pages(week: 2).isEmpty)
    #expect(found.pagesByWeek.keys.sorted() == [1])
  }

  @Test func theTwinOfAPageIsFoundByItsPairingLanguage() throws {
    // The unsuffixed page quotes English, but beside an `.en.md` page it is the Vietnamese one.
    let found = try site([
      ("s/content/1-Worklog/1.9-Week9.md", Self.week(9)),
      ("s/content/1-Worklog/1.9-Week9.en.md", Self.week(9)),
    ])
    let english = try #require(found.weeks.first { $0.path.hasSuffix(".en.md") })
    let other = try #require(found.weeks.first { !$0.path.hasSuffix(".en.md") })
    #expect(found.languageCode(of: english) == "en")
    #expect(found.languageCode(of: other) == "vi")
    #expect(found.twin(of: english)?.path == other.path)
    #expect(found.twin(of: other)?.path == english.path)
    #expect(found.twinPairs.map { [$0.first.path, $0.second.path] } == [[english.path, other.path]])
  }
}
