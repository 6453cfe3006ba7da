import Testing
import WorklogTestSupport

@testable import WorklogKit

/// `ConventionsLearner`: what a site's pages teach, layout by layout, and the defaults.
@Suite struct ConventionsLearnerTests {
  static let today = CalendarDate(year: 2025, month: 10, day: 15)!

  static func site(_ files: [String: String]) -> Site? { LayoutFixture.site(MemoryFileSystem(files)) }

  @Test(arguments: LayoutFixture.all)
  func layoutGivesTheNextWeeksPaths(_ layout: LayoutFixture) throws {
    let site = try #require(Self.site(layout.files()))
    let conventions = ConventionsLearner.learn(site: site, today: Self.today)
    let week = NewWeekPages.nextWeek(site)
    let planned = NewWeekPages.plan(
      site: site, siteRoot: site.identity.root, week: week, languages: nil, conventions: conventions)
    #expect(planned.map(\.path).sorted() == layout.expected.map { "site/" + $0 }.sorted())
  }

  @Test func standardSiteIsLearnedNotDefaulted() throws {
    let site = try #require(Self.site(LayoutFixture.all[0].files()))
    let conventions = ConventionsLearner.learn(site: site, today: Self.today)
    #expect(conventions.codes == ["en", "vi"])
    let en = conventions.language("en")
    #expect(en.path.origin == .learned(pages: 2, of: 2))
    #expect(en.objectives.value.text(week: 5) == "### Week 5 Objectives:")
    #expect(en.tasks.value.text(week: 5) == "### Tasks to be carried out this week:")
    #expect(conventions.language("vi").achievements.value.text(week: 5) == "### Kết quả đạt được tuần 5:")
    #expect(en.table.value.header == "| Day | Task | Start Date | Completion Date | Reference Material |")
    #expect(en.dates.value.description == "DD/MM/YYYY")
    #expect(en.days.value == .thuNumber)
    #expect(en.frontMatter.value.entries.map(\.key) == ["title", "date", "weight", "chapter", "pre"])
    #expect(en.frontMatter.value.text(week: 5, monday: nil).contains("pre: \" <b> 1.5. </b> \""))
    // Week 2's dates start on Monday 15 September 2025.
    #expect(conventions.calendar.monday(week: 3) == CalendarDate(year: 2025, month: 9, day: 22))
    #expect(conventions.calendar.source == .latestDatedWeek(week: 2))
    #expect(conventions.workingDays.value == 5)
  }

  /// The vote over the dated weeks places the calendar, but the next week never starts before
  /// the highest week's last day: a highest week dated two weeks late moves the next one on.
  @Test func theNextWeekNeverStartsBeforeTheHighestWeekEnds() throws {
    var files = LayoutFixture.all[0].files()
    let late = LayoutFixture.page(week: 5, language: "en")
      .replacing("1.5.", with: "1.3.").replacing("weight: 5", with: "weight: 3").replacing("Week 5", with: "Week 3")
    files["site/content/1-Worklog/1.3-Week3/_index.md"] = late
    let site = try #require(Self.site(files))
    #expect(site.weekNumbers.last == 3)
    let conventions = ConventionsLearner.learn(site: site, today: Self.today)
    // Week 3 is dated 6–10 October 2025 (the fixture's week 5): week 4 starts on the 13th.
    #expect(conventions.calendar.monday(week: 4) == CalendarDate(year: 2025, month: 10, day: 13))
    #expect(conventions.calendar.source == .latestDatedWeek(week: 3))
  }

  @Test func siteWithoutPagesGetsTheDefaultsInBothLanguages() {
    let conventions = ConventionsLearner.learn(site: nil, today: Self.today)
    #expect(conventions.codes == ["en", "vi"])
    for language in conventions.languages {
      #expect(language.described.allSatisfy { $0.origin == .defaulted })
    }
    // No dated week: this week (of 2025-10-15) is week 1.
    #expect(conventions.calendar.monday(week: 1) == CalendarDate(year: 2025, month: 10, day: 13))
  }

  @Test func programStartPlacesTheWeeks() throws {
    let site = try #require(Self.site(LayoutFixture.all[0].files()))
    let config = Configuration(programStart: "2025-09-01")
    let conventions = ConventionsLearner.learn(site: site, configuration: config, today: Self.today)
    #expect(conventions.calendar.monday(week: 3) == CalendarDate(year: 2025, month: 9, day: 15))
    #expect(conventions.calendar.source == .programStart)
  }

  @Test func configurationOverridesWhatIsLearned() throws {
    let site = try #require(Self.site(LayoutFixture.all[0].files()))
    var settings = ConventionSettings()
    settings.dateFormat = "MM-DD-YYYY"
    settings.dayLabels = "englishShort"
    settings.workingDays = 7
    settings.paths = ["en": "content/1-Worklog/week-{n:2}.md"]
    settings.headings = ["en": .init(objectives: "## Aims of week {n}", tasks: nil, achievements: nil)]
    var config = Configuration()
    config.conventions = settings
    let conventions = ConventionsLearner.learn(site: site, configuration: config, today: Self.today)
    let en = conventions.language("en")
    #expect(en.dates.value.text(CalendarDate(year: 2025, month: 9, day: 22)!) == "09-22-2025")
    #expect(en.dates.origin == .configured)
    #expect(en.days.value.label(weekday: 1) == "Mon")
    #expect(conventions.workingDays.value == 7)
    #expect(en.path.value.path(week: 3) == "content/1-Worklog/week-03.md")
    #expect(en.objectives.value.text(week: 3) == "## Aims of week 3")
    #expect(en.tasks.origin == .learned(pages: 2, of: 2))
  }

  @Test func badSettingsAreNamed() {
    var settings = ConventionSettings()
    settings.dateFormat = "someday"
    settings.workingDays = 6
    settings.paths = ["en": "content/week.md"]
    #expect(settings.problems.count == 3)
    #expect(settings.problems.allSatisfy { $0.hasPrefix("'conventions.") })
  }

  @Test func aTieGoesToTheMostRecentWeek() {
    var ballot = Ballot<String>()
    ballot.vote("a", "a", week: 1)
    ballot.vote("b", "b", week: 2)
    ballot.vote("a", "a", week: 3)
    ballot.vote("b", "b", week: 4)
    #expect(ballot.winner?.value == "b")
    #expect(ballot.winner?.origin == .learned(pages: 2, of: 4))
  }

  @Test func pathPatternsReadTheirWeekPlaces() {
    let (padded, _) = PathPattern.reading("content/1-Worklog/1.08-Week8/_index.md", week: 8)
    #expect(padded.path(week: 9) == "content/1-Worklog/1.09-Week9/_index.md")
    let (below, _) = PathPattern.reading("content/1-Worklog/1.4-Week5/_index.md", week: 5)
    #expect(below.path(week: 6) == "content/1-Worklog/1.5-Week6/_index.md")
    #expect(PathPattern("content/w-{n:2}/{n-1}.md")?.path(week: 7) == "content/w-07/6.md")
    #expect(PathPattern("content/w/index.md") == nil)
  }

  @Test(arguments: DayStyle.allCases)
  func dayLabelsReadBackAsTheirWeekday(_ style: DayStyle) {
    for w in 1...7 {
      let label = DayStyle.label(style)(weekday: w)
      let numbering: DayNumbering? = style == .ordinal ? .ordinal : .vietnamese
      #expect(DayLabel.parse(label).weekday(numbering: numbering) == w, "\(style) \(label)")
      #expect(w == 7 || DayStyle.of(label, numbering: numbering) == style, "\(label)")
    }
  }
}

extension ConventionsLearnerTests {
  /// A heading that names its section only by a weak word (`Outcomes`) is not copied: under it
  /// a new page's empty list would not read as the achievements.
  @Test func weakHeadingsAreNotCopied() throws {
    var files = LayoutFixture.all[13].files()
    for (path, text) in files {
      files[path] = text.replacing("### Week 1 Achievements:", with: "### Outcomes").replacing(
        "### Week 2 Achievements:", with: "### Outcomes")
    }
    let site = try #require(Self.site(files))
    let conventions = ConventionsLearner.learn(site: site, today: Self.today)
    #expect(conventions.language("en").achievements.origin == .defaulted)
  }

  /// Keys lint requires are added where the site's pages lack them.
  @Test func requiredKeysAreAdded() throws {
    var files = LayoutFixture.all[13].files()
    for (path, text) in files { files[path] = text.replacing("chapter: false\n", with: "") }
    let site = try #require(Self.site(files))
    let conventions = ConventionsLearner.learn(site: site, today: Self.today)
    #expect(
      conventions.language("en").frontMatter.value.entries.map(\.key) == ["title", "date", "weight", "pre", "chapter"])
  }
}
