import Testing
import WorklogTestSupport

@testable import WorklogCLI
@testable import WorklogKit

/// `worklog new`: the pages it writes for each layout, that they lint clean and read back with
/// their week, language and dates, and what it refuses.
@Suite struct NewCommandTests {
  static func memory(_ files: [String: String]) -> WritableMemoryFileSystem { WritableMemoryFileSystem(files) }

  static func text(_ fs: WritableMemoryFileSystem, _ path: String) -> String? {
    fs.files[path].map { String(decoding: $0, as: UTF8.self) }
  }

  @Test(arguments: LayoutFixture.all)
  func newWritesTheNextWeekWhereTheSiteKeepsIt(_ layout: LayoutFixture) throws {
    let fs = Self.memory(layout.files())
    let before = Set(fs.files.keys)
    let run = CommandRun(["new", "site"], fileSystem: fs)
    #expect(run.status == .success, "\(run.stderr)")
    let made = Set(fs.files.keys).subtracting(before)
    #expect(made == Set(layout.expected.map { "site/" + $0 }))
    #expect(run.stdout.split(separator: "\n").map(String.init).sorted() == made.sorted())
    // The new pages lint with no error and no warning, beside the site's own pages.
    let lint = CommandRun(["lint", "--format", "json"] + made.sorted(), fileSystem: fs)
    #expect(
      !lint.stdout.contains("\"severity\":\"warning\"") && !lint.stdout.contains("\"severity\":\"error\""),
      "\(lint.stdout)")
    #expect(lint.status == .success, "\(lint.stdout)\(lint.stderr)")
  }

  @Test func newPagesParseWithTheirWeekLanguageAndDates() throws {
    let fs = Self.memory(LayoutFixture.all[0].files())
    let run = CommandRun(["new", "site", "--week", "4"], fileSystem: fs)
    #expect(run.status == .success, "\(run.stderr)")
    let page = try #require(Self.text(fs, "site/content/1-Worklog/1.4-Week4/_index.vi.md"))
    #expect(page.contains("date: 2025-09-29\n"))
    #expect(page.contains("| 2   |     | 29/09/2025 | 29/09/2025 |     |"))
    #expect(page.contains("| 6   |     | 03/10/2025 | 03/10/2025 |     |"))
    #expect(page.contains("### Mục tiêu tuần 4:"))
    let site = try #require(LayoutFixture.site(fs))
    let read = try #require(site.page(at: "site/content/1-Worklog/1.4-Week4/_index.vi.md"))
    #expect(read.trustedWeek == 4)
    #expect(site.languageCode(of: read) == "vi")
    #expect(read.tasks?.rows.compactMap(\.startDate).first == CalendarDate(year: 2025, month: 9, day: 29))
    #expect(read.isNotFilledIn)
  }

  @Test func summaryShowsANewWeekAsNotFilledIn() {
    let fs = Self.memory(LayoutFixture.all[0].files())
    _ = CommandRun(["new", "site"], fileSystem: fs)
    let summary = CommandRun(["summary", "site", "--week", "3"], fileSystem: fs)
    #expect(summary.stdout.contains("not filled in yet"), "\(summary.stdout)")
  }

  @Test func anEmptySiteGetsTheStandardPagesInBothLanguages() throws {
    let fs = Self.memory(["site/content/_index.md": "---\ntitle: \"Home\"\n---\n"])
    let run = CommandRun(["new", "site"], fileSystem: fs)
    #expect(run.status == .success, "\(run.stderr)")
    let en = try #require(Self.text(fs, "site/content/1-Worklog/1.1-Week1/_index.md"))
    #expect(Self.text(fs, "site/content/1-Worklog/1.1-Week1/_index.vi.md") != nil)
    // The harness's today is Wednesday 2025-10-15: week 1 is that week.
    #expect(en.contains("date: 2025-10-13\n"))
    let lint = CommandRun(["lint", "site"], fileSystem: fs)
    #expect(lint.status == .success, "\(lint.stdout)")
  }

  @Test func anExistingPageIsNeverOverwritten() {
    let fs = Self.memory(LayoutFixture.all[0].files())
    let before = fs.files
    let run = CommandRun(["new", "site", "--week", "2"], fileSystem: fs)
    #expect(run.status == .failure)
    #expect(run.stderr.contains("site/content/1-Worklog/1.2-Week2/_index.md: already exists; not overwritten"))
    #expect(fs.files == before)
  }

  @Test func dryRunPrintsThePagesAndWritesNothing() {
    let fs = Self.memory(LayoutFixture.all[0].files())
    let before = fs.files
    let run = CommandRun(["new", "site", "--dry-run"], fileSystem: fs)
    #expect(run.status == .success)
    #expect(run.stdout.contains("==> site/content/1-Worklog/1.3-Week3/_index.vi.md <=="))
    #expect(run.stdout.contains("title: \"Week 3 Worklog\""))
    #expect(fs.files == before)
  }

  @Test func langPicksTheLanguages() {
    let fs = Self.memory(LayoutFixture.all[0].files())
    let run = CommandRun(["new", "site", "--lang", "vi"], fileSystem: fs)
    #expect(run.status == .success)
    #expect(run.stdout == "site/content/1-Worklog/1.3-Week3/_index.vi.md\n")
  }

  @Test func configurationConventionsAreUsed() throws {
    var files = LayoutFixture.all[0].files()
    files["site/.worklog.json"] = """
      { "programStart": "2025-09-01", "conventions": { "dateFormat": "MM/DD/YYYY", "workingDays": 7 } }
      """
    let fs = Self.memory(files)
    let run = CommandRun(["new", "site"], fileSystem: fs)
    #expect(run.status == .success, "\(run.stderr)")
    let page = try #require(Self.text(fs, "site/content/1-Worklog/1.3-Week3/_index.md"))
    #expect(page.contains("| 2   |     | 09/15/2025 | 09/15/2025 |     |"))
    #expect(page.contains("| CN  |     | 09/21/2025 | 09/21/2025 |     |"))
  }

  /// Run inside the site (`worklog new`, SITE "."), the pages are read back where they were
  /// written (`./content/…`, as the loader names them).
  @Test func insideTheSiteItself() throws {
    let fs = Self.memory(LayoutFixture.all[0].files(root: "."))
    let run = CommandRun(["new"], fileSystem: fs)
    #expect(run.status == .success, "\(run.stderr)")
    let made = run.stdout.split(separator: "\n").map(String.init)
    #expect(!made.isEmpty)
    for path in made { #expect(fs.files[path] != nil, "\(path)") }
  }

  @Test func aBadConventionIsAUsageFailure() {
    var files = LayoutFixture.all[0].files()
    files["site/.worklog.json"] = "{ \"conventions\": { \"dayLabels\": \"moons\" } }"
    let fs = Self.memory(files)
    let run = CommandRun(["new", "site"], fileSystem: fs)
    #expect(run.status == .failure)
    // The configuration's checker names the place and the valid values, before anything is read.
    #expect(run.stderr.contains("site/.worklog.json:1:"), "\(run.stderr)")
    #expect(run.stderr.contains("'conventions.dayLabels' must be thuNumber, ordinal"), "\(run.stderr)")
  }

  @Test func fromTemplateFillsTheUsersPage() throws {
    var files = LayoutFixture.all[13].files()
    files["mine.md"] =
      "---\ntitle: \"Week {week}\"\nweight: {week}\n---\n\nMonday {monday}, first day {date1} ({day1}).\n"
    let fs = Self.memory(files)
    let run = CommandRun(["new", "site", "--from-template", "mine.md"], fileSystem: fs)
    #expect(run.status == .success, "\(run.stderr)")
    let page = try #require(Self.text(fs, "site/content/1-Worklog/1.3-Week3/_index.md"))
    #expect(page.contains("title: \"Week 3\"\nweight: 3\n"))
    #expect(page.contains("Monday 2025-09-22, first day 22/09/2025 (2)."))
  }
}
