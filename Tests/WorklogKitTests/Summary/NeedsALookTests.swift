import Testing
import WorklogTestSupport

@testable import WorklogKit

/// A week whose dates rest on a guess is marked, and listed under "Needs a look".
@Suite struct NeedsALookTests {
  /// Week 2's table has no Day column and every date reads the same either way round (day and
  /// month equal, all at most 12), and the page has no front matter date: nothing decides
  /// whether the dates are day-first or month-first.
  static let files: [String: String] = [
    SummaryFixtures.path("s", 1): SummaryFixtures.page(
      week: 1, rows: [SummaryFixtures.row("2", "Read the guide", "15/09/2025", "15/09/2025")]),
    SummaryFixtures.path("s", 2): """
    ---
    title: "Week 2 Worklog"
    weight: 2
    chapter: false
    pre: " <b> 1.2. </b> "
    ---

    ### Week 2 Objectives:

    * Learn S3

    ### Tasks to be carried out this week:

    | Task | Start Date | Completion Date |
    | --- | --- | --- |
    | Make a bucket | 03/03/2025 | 03/03/2025 |
    | Upload files | 04/04/2025 | 04/04/2025 |

    ### Week 2 Achievements:

    * Made a bucket

    """,
  ]

  static func term() -> TermSummary? {
    let site = SummaryFixtures.site(files)
    let findings = Linter().lint(site: site) { _ in Configuration() }
    return SummaryBuilder.terms(site: site, findings: findings, options: SummaryOptions()).first
  }

  @Test func theGuessedWeekIsMarkedAndTheOtherIsNot() throws {
    let term = try #require(Self.term())
    #expect(term.week(1)?.guesses == [])
    let guesses = try #require(term.week(2)?.guesses)
    #expect(guesses.count == 1)
    #expect(guesses.first?.hasPrefix("reading these dates day-first is a guess") == true)
  }

  @Test func textAndMarkdownListTheWeekUnderNeedsALook() throws {
    let term = try #require(Self.term())
    let cohort = CohortSummary(sites: [term], sort: .name, focusWeek: nil)
    let text = SummaryText.render(cohort)
    #expect(text.contains("\nNeeds a look\n  - week 2: reading these dates day-first is a guess"), "\(text)")
    #expect(text.contains("?  "), "the week's dates are marked")
    let markdown = SummaryMarkdown.render(cohort)
    #expect(markdown.contains("### Needs a look\n\n- week 2: reading these dates day-first is a guess"), "\(markdown)")
    let json = SummaryJSON.document(cohort).serialized()
    #expect(json.contains("\"guesses\":[\"reading these dates day-first is a guess"), "\(json)")
    #expect(json.contains("\"guesses\":[]"))
  }

  @Test func theCohortListNamesSiteWeekAndGuess() throws {
    let term = try #require(Self.term())
    let other = TermSummary(site: SiteIdentity(root: "t", name: "t"), languages: ["en"], weeks: [])
    let cohort = CohortSummary(sites: [term, other], sort: .name, focusWeek: nil)
    let text = SummaryText.render(cohort, width: 200)
    #expect(text.contains("s (en): week 2: reading these dates day-first is a guess"), "\(text)")
  }

  @Test func theWeekViewSaysItsDatesAreAGuess() throws {
    let term = try #require(Self.term())
    let text = SummaryText.render(CohortSummary(sites: [term], sort: .name, focusWeek: 2))
    #expect(text.contains("(a guess: see Needs a look)"), "\(text)")
    #expect(text.contains("\nNeeds a look\n"))
  }
}

extension NeedsALookTests {
  /// A table whose first column is a `Date` column holding full dates gives the tasks their
  /// dates (column roles are read from the cells too), so the guess about their order is listed.
  @Test func aDateFirstColumnShowsItsDatesAndTheirGuess() throws {
    var files = Self.files
    files[SummaryFixtures.path("s", 2)] = files[SummaryFixtures.path("s", 2)]?
      .replacingAll("| Task | Start Date | Completion Date |", with: "| Date | Work | Notes |")
      .replacingAll("| Make a bucket | 03/03/2025 | 03/03/2025 |", with: "| 03/03/2025 | Make a bucket | - |")
      .replacingAll("| Upload files | 04/04/2025 | 04/04/2025 |", with: "| 04/04/2025 | Upload files | - |")
    let site = SummaryFixtures.site(files)
    #expect(site.pages(week: 2).first?.decisions.contains { $0.kind == .dateOrder && $0.isAmbiguous } == true)
    let term = try #require(SummaryBuilder.terms(site: site, findings: [], options: SummaryOptions()).first)
    let week = try #require(term.week(2))
    #expect(week.start == CalendarDate(year: 2025, month: 3, day: 3))
    #expect(week.guesses == ["reading these dates day-first is a guess (nothing on the page decides)"])
  }
}
