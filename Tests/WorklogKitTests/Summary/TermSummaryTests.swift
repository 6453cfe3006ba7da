import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct TermSummaryTests {
  typealias F = SummaryFixtures

  @Test func missingWeeksAreFilledInUpToTheHighestWeek() {
    let files = [1, 2, 5].reduce(into: [String: String]()) {
      $0[F.path("s", $1)] = F.plainWeek($1, monday: F.monday.adding(days: 7 * ($1 - 1)))
    }
    let term = F.terms(files)[0]
    #expect(term.weeks.map(\.week) == [1, 2, 3, 4, 5])
    #expect(term.weeks.map(\.status) == [.ok, .ok, .missing, .missing, .ok])
    #expect(term.totals.weeksPresent == 3)
    #expect(term.totals.weeksMissing == [3, 4])
    #expect(term.totals.tasks == 15 && term.totals.days == 15)
    #expect(term.totals.lastWeek == 5)
    #expect(
      term.totals.lastWeekStart?.description == "2025-10-06" && term.totals.lastWeekEnd?.description == "2025-10-10")
    #expect(term.totals.overlaps.isEmpty && term.totals.weeksWithoutDates.isEmpty)
  }

  @Test func aWeekRangeDecidesWhichWeeksAreExpected() {
    let files = [F.path("s", 2): F.plainWeek(2, monday: F.monday.adding(days: 7))]
    let term = F.terms(files, options: SummaryOptions(weeks: .range(1...4)))[0]
    #expect(term.weeks.map(\.week) == [1, 2, 3, 4])
    #expect(term.totals.weeksMissing == [1, 3, 4])
  }

  @Test func weeksWithoutDatesAndOverlapsAreGaps() {
    let files = [
      F.path("s", 1): F.plainWeek(1, monday: F.monday),
      F.path("s", 2): F.plainWeek(2, monday: F.monday.adding(days: 4)),  // starts on week 1's Friday
      F.path("s", 3): F.page(week: 3, rows: [F.row("2", "Read", "", "")]),
      F.path("s", 4): F.page(week: 4, rows: nil),
      F.path("s", 5): F.plainWeek(5, monday: F.monday),  // a copy of week 1's dates
    ]
    let totals = F.terms(files)[0].totals
    #expect(totals.weeksWithoutDates == [3, 4])
    #expect(totals.overlaps == [WeekPair(1, 2), WeekPair(1, 5), WeekPair(2, 5)])
    #expect(totals.days == 9)  // weeks 1 and 5 share their days; week 2 adds four
  }

  @Test func aPageWithoutAWeekNumberIsASiteNote() {
    let files = [
      F.path("s", 1): F.plainWeek(1, monday: F.monday),
      "s/content/1-Worklog/notes/extra.md": F.page(week: 0, title: "Extra", rows: [F.row("2", "Read", "", "")])
        .replacingWeekLines(),
    ]
    let term = F.terms(files)[0]
    #expect(term.weeks.map(\.week) == [1])
    #expect(
      term.notes == ["s/content/1-Worklog/notes/extra.md: has a task table but no week number; not placed in any week"])
  }

  @Test func aSiteWithNoWeekPagesStillGetsASummary() {
    let term = F.terms(["s/content/1-Worklog/_index.md": "---\ntitle: Worklog\n---\n\nMy weeks.\n"])[0]
    #expect(term.weeks.isEmpty)
    #expect(term.totals.weeksPresent == 0 && term.totals.lastWeek == nil)
    #expect(term.notes == ["no week pages found"])
  }
}

extension String {
  /// The page without the lines that name its week (weight, pre, the week in headings).
  fileprivate func replacingWeekLines() -> String {
    split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("weight:") && !$0.hasPrefix("pre:") }
      .map {
        $0.hasPrefix("###")
          ? $0.split(separator: " ").filter { $0 != "Week" && $0 != "0" }.joined(separator: " ") : String($0)
      }
      .joined(separator: "\n")
  }
}

@Suite struct NotAWorklogTests {
  @Test func aFolderWithOnlyAReadmeIsNoSite() {
    let site = SummaryFixtures.site(["worklogs/README.md": "# Sample worklog site\n\nNotes for people.\n"])
    #expect(SummaryBuilder.terms(site: site, findings: [], options: SummaryOptions()).isEmpty)
  }
}

/// Issue 15: summary places a page in a week exactly where lint does, by the trusted week.
@Suite struct SummaryWeekIdentityTests {
  typealias F = SummaryFixtures

  static let weightOnly = """
    ---
    title: "Extra reading"
    weight: 1
    ---

    ### Objectives:

    * Read more

    | Day | Task | Start Date | Completion Date | Reference Material |
    | --- | --- | --- | --- | --- |
    | 3 | Read more | 09/09/2025 | 09/09/2025 | - |

    """

  @Test func aPageNamedOnlyByItsWeightIsInNoWeek() throws {
    let files = [F.path("s", 1): F.plainWeek(1, monday: F.monday), "s/content/1-Worklog/extra.md": Self.weightOnly]
    let site = F.site(files)
    let extra = try #require(site.weeks.first { $0.path.hasSuffix("extra.md") })
    #expect(extra.week.number == 1 && extra.trustedWeek == nil)
    #expect(site.pages(week: 1).map(\.path) == [F.path("s", 1)])
    let term = F.terms(files)[0]
    #expect(term.weeks.map(\.path) == [F.path("s", 1)])
    #expect(term.notes == ["s/content/1-Worklog/extra.md: only its weight names a week (1); not placed in any week"])
    // Lint agrees: the page is no second week 1.
    let lintFiles = files.map { (path: $0.key, text: $0.value) }
    #expect(LintHarness.lint(lintFiles, rules: [WeekDuplicateRule()]).isEmpty)
  }
}
