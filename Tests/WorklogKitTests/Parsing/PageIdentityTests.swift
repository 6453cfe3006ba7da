import Testing

@testable import WorklogKit

@Suite struct PageIdentityTests {
  private func site(_ files: [String: String]) throws -> Site {
    let loader = PageLoader(fileSystem: MemoryFileSystem(files), parallelism: 1)
    var sites: [Site] = []
    loader.forEachSite(files.keys.sorted()) { sites.append($0) }
    try #require(sites.count == 1)
    return sites[0]
  }

  // MARK: title

  @Test func theH1IsTheTitleWhenFrontMatterHasNone() throws {
    let page = try onePage("# Worklog Week 8\n\n### Objectives\n- a\n", path: "notes/page.md")
    #expect(page.title?.value == "Worklog Week 8")
    #expect(page.week.number == 8)
    // The H1 counts once, as the title, not again as a heading.
    #expect(page.week.evidence.map(\.source) == [.title])
  }

  @Test func anH1BelowOtherHeadingsIsNotTheTitle() throws {
    let page = try onePage("### Week 8 Objectives\n- a\n# Context\n", path: "notes/page.md")
    #expect(page.title == nil)
  }

  @Test func frontMatterTitleWinsOverTheH1() throws {
    let page = try onePage("---\ntitle: \"Week 8\"\n---\n# Something else\n")
    #expect(page.title?.value == "Week 8")
  }

  // MARK: week decision

  @Test func aFolderNumberedOneBelowItsWeekIsThatWeek() throws {
    let page = try onePage(
      "+++\ntitle = \"Week 5 Worklog\"\nweight = 5\npre = \"<b>1.4.</b>\"\n+++\n### Week 5 Objectives\n- a\n",
      path: "site/content/1-Worklog/1.4-Week5/_index.md")
    #expect(page.week.number == 5)
    #expect(page.week.source == .path)
    // `pre` numbers the folder (1.0, 1.1, …), not the week: it is not evidence against 5.
    #expect(!page.week.evidence.contains { $0.source == .pre })
    let decision = try #require(page.week.decision)
    #expect(!decision.isAmbiguous)
    #expect(decision.evidence.map(\.weight) == [4, 3, 2, 1])
    #expect(
      LintHarness.lint(
        WeekNumbersDisagreeRule(), "+++\ntitle = \"Week 5 Worklog\"\npre = \"<b>1.4.</b>\"\n+++\n",
        path: "site/content/1-Worklog/1.4-Week5/_index.md"
      ).isEmpty)
  }

  @Test func theTemplatesWeightOneIsWeak() throws {
    let alone = try onePage("---\ntitle: Worklog\nweight: 1\n---\n", path: "notes/page.md")
    #expect(alone.week.number == 1)
    #expect(alone.week.decision?.isAmbiguous == true)
    let eight = try onePage("---\ntitle: Worklog\nweight: 8\n---\n", path: "notes/page.md")
    #expect(eight.week.decision?.isAmbiguous == false)
    let page = try onePage("---\ntitle: \"Week 6\"\nweight: 1\n---\n", path: "notes/page.md")
    #expect(page.week.number == 6)
    #expect(page.week.decision?.evidence.last?.note == "the template's weight: 1")
  }

  @Test func weekSourceIsTheHeaviestSourceForTheWinner() throws {
    let page = try onePage(
      "---\npre: \" <b> 1.7. </b> \"\nweight: 7\n---\n### Week 7 Objectives\n- a\n", path: "notes/page.md")
    #expect(page.week.number == 7)
    #expect(page.week.source == .heading)
    #expect(page.decisions.first { $0.kind == .week }?.range?.start.line == 5)
  }

  // MARK: pages that are not weeks

  @Test func aSummaryPageIsNotAWeek() throws {
    let page = try onePage(
      "---\ntitle: \"Overall Worklog Summary\"\nweight: 8\n---\nWhat the term taught me.\n",
      path: "site/content/1-Worklog/08-summary.md")
    #expect(page.kind == .other)
    #expect(page.week.number == nil)
  }

  @Test func aSummaryListingTheWeeksMakesNoDuplicates() throws {
    let week = { (n: Int) in "---\ntitle: \"Week \(n)\"\nweight: \(n)\n---\n### Week \(n) Objectives\n- a\n" }
    let files = [
      "s/content/1-Worklog/1.1-Week1/_index.md": week(1),
      "s/content/1-Worklog/1.2-Week2/_index.md": week(2),
      "s/content/1-Worklog/08-summary.md":
        "---\ntitle: \"Overall Worklog Summary\"\nweight: 8\n---\n## Week 1\n- a\n## Week 2\n- b\n",
    ]
    let found = try site(files)
    #expect(found.weekNumbers == [1, 2])
    #expect(found.others.map(\.path) == ["s/content/1-Worklog/08-summary.md"])
    #expect(LintHarness.lint(files.map { (path: $0.key, text: $0.value) }, rules: [WeekDuplicateRule()]).isEmpty)
  }

  @Test func aDayPageInAWeekFolderIsNotAWeek() throws {
    let page = try onePage(
      "---\ntitle: \"Day 47 - Question answering\"\nweight: 2\npre: \"<b> 1.10.2. </b>\"\n---\n**Date:** 2025-11-11\n",
      path: "site/content/1-Worklog/1.10-Week10/1.10.2-Day47-2025-11-11/_index.md")
    #expect(page.kind == .other)
    #expect(page.week.number == nil)
    #expect(!page.decisions.contains { $0.kind == .week })
  }

  @Test func dayPagesMakeNoPhantomWeeks() throws {
    let week = "---\ntitle: \"Week 10\"\nweight: 10\n---\n### Week 10 Objectives\n- a\n"
    let dayPage = { (n: Int) in
      "---\ntitle: \"Day \(45 + n) - notes\"\nweight: \(n)\npre: \"<b> 1.10.\(n). </b>\"\n---\nNotes.\n"
    }
    var files = ["s/content/1-Worklog/1.10-Week10/_index.md": week]
    for n in 1...2 { files["s/content/1-Worklog/1.10-Week10/1.10.\(n)-Day\(45 + n)/_index.md"] = dayPage(n) }
    files["s/content/1-Worklog/1.10-Week10/notes.md"] = "---\ntitle: Notes\nweight: 1\n---\nNotes.\n"
    let found = try site(files)
    #expect(found.weekNumbers == [10])
    #expect(found.others.count == 3)
    let lintFiles = files.map { (path: $0.key, text: $0.value) }
    #expect(LintHarness.lint(lintFiles, rules: [WeekDuplicateRule()]).isEmpty)
  }

  @Test func namesThatMerelyContainDayAreWeeks() {
    #expect(!PageIdentity.namesDay("monday-notes"))
    #expect(PageIdentity.namesDay("1.10.2-Day47-2025-11-11"))
    #expect(PageIdentity.namesDay("ngay-3"))
    #expect(PageIdentity.startsWithDay("Ngày 01 - Giới thiệu"))
    #expect(!PageIdentity.startsWithDay("Ngày 08/09 - 12/09"))
  }

  // MARK: language

  @Test func anUnsuffixedTwinIsTheSitesDefaultLanguage() throws {
    let found = try site([
      // Written in Vietnamese, but Hugo serves `_index.md` in the default language.
      "s/content/1-Worklog/1.1-Week1/_index.md": "### Mục tiêu tuần 1\n- Tìm hiểu về mạng và bảo mật trên AWS\n",
      "s/content/1-Worklog/1.1-Week1/_index.vi.md": "### Mục tiêu tuần 1\n- Tìm hiểu về mạng\n",
    ])
    let page = try #require(found.weeks.first { $0.path.hasSuffix("/_index.md") })
    #expect(page.language.code == "en")
    #expect(page.language.source == .siteDefault)
    #expect(page.language.decision.evidence.map(\.kind) == ["text", "siteDefault"])
    #expect(!page.language.decision.isAmbiguous)
  }

  @Test func englishTwinsMakeTheDefaultVietnamese() throws {
    let found = try site([
      "s/content/1-Worklog/1.1-Week1/_index.md": "### Week 1 Objectives\n- Learn about networking on AWS\n",
      "s/content/1-Worklog/1.1-Week1/_index.en.md": "### Week 1 Objectives\n- Learn about networking\n",
    ])
    let page = try #require(found.weeks.first { $0.path.hasSuffix("/_index.md") })
    #expect(page.language.code == "vi")
    #expect(page.language.source == .siteDefault)
  }

  @Test func theSiteConfigurationNamesTheDefault() throws {
    let files = [
      "s/content/1-Worklog/1.1-Week1/_index.md": "### Week 1 Objectives\n- Learn about networking on AWS\n",
      "s/content/1-Worklog/1.1-Week1/_index.fr.md": "### Semaine 1\n- Réseaux\n",
    ]
    var toml = files
    toml["s/hugo.toml"] = "baseURL = \"/\"\ndefaultContentLanguage = \"vi\"\n[languages.vi]\nweight = 1\n"
    #expect(try site(toml).weeks.first { $0.path.hasSuffix("/_index.md") }?.language.code == "vi")
    var yaml = files
    yaml["s/config.yaml"] = "baseURL: /\nDefaultContentLanguage: vi\n"
    #expect(try site(yaml).weeks.first { $0.path.hasSuffix("/_index.md") }?.language.code == "vi")
    #expect(try site(files).weeks.first { $0.path.hasSuffix("/_index.md") }?.language.code == "en")
  }

  @Test func aMonolingualSiteStillReadsTheText() throws {
    let found = try site([
      "s/content/1-Worklog/1.1-Week1/_index.md": "### Mục tiêu tuần 1\n- Tìm hiểu về mạng và bảo mật trên AWS\n"
    ])
    #expect(found.weeks.first?.language.code == "vi")
    #expect(found.weeks.first?.language.source == .text)
  }

  @Test func aPageWithNoLettersHasAnAmbiguousLanguage() throws {
    let page = try onePage("---\ntitle: \"1\"\n---\n")
    #expect(page.language.code == "en")
    #expect(page.language.decision.isAmbiguous)
    #expect(page.decisions.contains { $0.kind == .language && $0.isAmbiguous })
  }
}
