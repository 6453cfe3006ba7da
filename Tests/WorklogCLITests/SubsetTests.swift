import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// A page named alone (as a pre-commit hook names the files it changes) is linted, summarised
/// and parsed with its whole site as context, and only it is reported on.
@Suite struct SubsetTests {
  static let files = ThreeWeekSite.files(at: "site")

  @Test func onePageLintedAloneHasNoMissingWeeksButKeepsItsOwnFindings() {
    let run = CommandRun(["lint", "site/" + ThreeWeekSite.path(3), "--format", "json"], files: Self.files)
    #expect(!run.stdout.contains("WL501"), "\(run.stdout)")
    // Week 3's own finding (no achievements) is still there; week 2's wrong weight is not.
    #expect(run.stdout.contains("WL203"), "\(run.stdout)")
    #expect(!run.stdout.contains("WL107"), "\(run.stdout)")
    #expect(run.stdout.components("\"path\":\"site/content/1-Worklog/1.3-Week3/_index.md\"") >= 1)
    #expect(!run.stdout.contains("1.1-Week1"))
    #expect(!run.stdout.contains("1.2-Week2"))
  }

  @Test func onePageLintedAloneCountsOnePage() {
    let run = CommandRun(["lint", "site/" + ThreeWeekSite.path(2)], files: Self.files)
    #expect(run.stdout.contains("WL107"))
    #expect(run.stdout.hasSuffix("in 1 page\n"), "\(run.stdout)")
  }

  @Test func aSiteLevelFindingPlacedOnAnotherPageIsNotShown() {
    // Week 2 is missing; the finding sits on the overview, which was not named.
    var files = Self.files
    files["site/" + ThreeWeekSite.path(2)] = nil
    files["site/content/1-Worklog/_index.md"] =
      "---\ntitle: \"Worklog\"\nweight: 1\nchapter: false\npre: \" <b> 1. </b> \"\n---\n\nThe weeks.\n"
    let whole = CommandRun(["lint", "site", "--select", "WL501"], files: files)
    #expect(whole.stdout.contains("week 2 has no page"))
    let named = CommandRun(["lint", "site/" + ThreeWeekSite.path(3), "--select", "WL501"], files: files)
    #expect(!named.stdout.contains("week 2 has no page"), "\(named.stdout)")
  }

  @Test func namedPagesSpelledFromInsideTheSiteKeepTheirSpelling() {
    let moved = MemoryFileSystem(
      Dictionary(uniqueKeysWithValues: Self.files.map { ("/work/" + $0.key, $0.value) }),
      currentDirectory: "/work/site/content/1-Worklog")
    let run = CommandRun(["lint", "1.2-Week2/_index.md", "--format", "json"], fileSystem: moved)
    #expect(run.stdout.contains("\"path\":\"1.2-Week2/_index.md\""), "\(run.stdout)\(run.stderr)")
    #expect(!run.stdout.contains("WL501"))
  }

  @Test func summaryOfOnePageShowsItsWeekWithTheSiteAsContext() {
    let run = CommandRun(["summary", "site/" + ThreeWeekSite.path(3), "--format", "json"], files: Self.files)
    #expect(run.stdout.components("\"taskCount\": ") == 1, "\(run.stdout)")
    #expect(run.stdout.contains("\"week\": 3"))
    #expect(run.stdout.contains("\"weeksMissing\": []"))
  }

  @Test func parseOfOnePageGivesOneDocument() {
    let run = CommandRun(["parse", "site/" + ThreeWeekSite.path(1), "--format", "jsonl"], files: Self.files)
    #expect(run.stdout.split(separator: "\n").count == 1, "\(run.stdout)")
    #expect(run.stdout.contains("1.1-Week1"))
  }
}
