import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct UnreadablePageTests {
  typealias F = SummaryFixtures

  @Test func anUnreadablePageIsShownAsSuchWithTheReason() throws {
    let files = [F.path("s", 1): F.plainWeek(1, monday: F.monday)]
    let term = F.terms(files, unreadable: [F.path("s", 2)])[0]
    let week = try #require(term.week(2))
    #expect(week.status == .unreadable)
    #expect(week.path == F.path("s", 2))
    #expect(week.notes == ["cannot read s/content/1-Worklog/1.2-Week2/_index.md: no such file or directory"])
    #expect(term.totals.weeksPresent == 2 && term.totals.weeksMissing.isEmpty)
    #expect(term.totals.lastWeek == 2 && term.totals.lastWeekStart == nil)
  }

  @Test func anUnreadableEnglishPageFallsBackToItsTwinWithANote() throws {
    let files = [F.path("s", 1, "vi"): F.plainWeek(1, monday: F.monday, language: "vi")]
    let week = try #require(F.terms(files, unreadable: ["s/content/1-Worklog/1.1-Week1/_index.en.md"])[0].week(1))
    #expect(week.status == .ok && week.language == "vi")
    #expect(
      week.notes == [
        "the en page cannot be read (s/content/1-Worklog/1.1-Week1/_index.en.md: no such file or directory); showing vi"
      ])
  }

  /// The site's `.en.md` pages make its unsuffixed pages Vietnamese, however English their words:
  /// an unreadable unsuffixed page is taken to be Vietnamese too.
  @Test func anUnreadableUnsuffixedPageTakesTheSitesDefaultLanguage() throws {
    let files = [
      F.path("s", 1): F.page(week: 1, title: "Week 1", rows: nil),
      "s/content/1-Worklog/1.1-Week1/_index.en.md": F.page(week: 1, title: "Week 1", rows: nil),
      "s/content/1-Worklog/1.2-Week2/_index.en.md": F.page(week: 2, title: "Week 2", rows: nil),
    ]
    let vi = F.terms(files, unreadable: [F.path("s", 2)], options: SummaryOptions(language: .only("vi")))[0]
    #expect(vi.week(2)?.status == .unreadable)
  }

  @Test func anUnreadablePageWithNoWeekIsASiteNote() {
    let files = [F.path("s", 1): F.plainWeek(1, monday: F.monday)]
    let term = F.terms(files, unreadable: ["s/content/1-Worklog/_index.md"])[0]
    #expect(term.notes == ["cannot read s/content/1-Worklog/_index.md: no such file or directory"])
    #expect(term.weeks.map(\.week) == [1])
  }
}
