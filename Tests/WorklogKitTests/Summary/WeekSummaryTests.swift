import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct WeekSummaryTests {
  typealias F = SummaryFixtures

  @Test func aWeekHasItsTitleDatesDaysTasksAndUniqueReferences() throws {
    let text = F.page(
      week: 8, objectives: ["Understand Lambda", "Build an API"],
      rows: [
        F.row(
          "2", "Study Lambda<br>&emsp;+ write a handler", "27/10/2025", "27/10/2025",
          "[Lambda](https://a.example/lambda)"),
        F.row(
          "3", "Trigger from S3", "28/10/2025", "29/10/2025",
          "[Lambda again](https://a.example/lambda)<br>[S3](https://a.example/s3)"),
        F.row("5", "Deploy", "30/10/2025", "30/10/2025", "[Meeting notes]"),
        F.row("6", "Team meeting", "31/10/2025", "31/10/2025", "[Meeting notes]"),
      ], achievements: ["Wrote a handler", "Built an API"])
    let week = try #require(F.terms([F.path("s", 8): text], options: SummaryOptions(weeks: .one(8)))[0].week(8))
    #expect(week.status == .ok)
    #expect(week.title == "Week 8 Worklog")
    #expect(week.start?.description == "2025-10-27" && week.end?.description == "2025-10-31")
    #expect(week.days == 5)  // 27, 28, 29 (the range), 30, 31
    #expect(week.taskCount == 4)
    #expect(
      week.tasks[0].items == [TextItem(text: "Study Lambda", level: 1), TextItem(text: "write a handler", level: 2)])
    #expect(week.tasks[1].day == "3" && week.tasks[1].weekday == 2)
    #expect(week.objectives.map(\.text) == ["Understand Lambda", "Build an API"])
    #expect(week.achievements.map(\.text) == ["Wrote a handler", "Built an API"])
    #expect(
      week.references == [
        Reference(title: "Lambda", url: "https://a.example/lambda"),
        Reference(title: "S3", url: "https://a.example/s3"),
        Reference(title: "Meeting notes", url: nil),
      ])
    #expect(week.notes.isEmpty)
  }

  @Test func findingsAreCountedPerSeverityOnThePageShown() throws {
    let path = F.path("s", 1)
    let files = [
      path: F.plainWeek(1, monday: F.monday), F.path("s", 1, "vi"): F.plainWeek(1, monday: F.monday, language: "vi"),
    ]
    let at = SourceRange(
      start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 2, offset: 1))
    func d(_ s: Severity, _ p: String) -> Diagnostic {
      Diagnostic(code: "WL999", name: "x", severity: s, message: "m", path: p, range: at)
    }
    let findings = [d(.error, path), d(.warning, path), d(.warning, path), d(.note, F.path("s", 1, "vi"))]
    let week = try #require(F.terms(files, findings: findings)[0].week(1))
    #expect(week.findings == FindingCounts(error: 1, warning: 2, note: 0))
  }

  @Test func aPageWithoutATableSaysSoAndKeepsItsLists() throws {
    let week = try #require(F.terms([F.path("s", 3): F.page(week: 3, rows: nil)])[0].week(3))
    #expect(week.status == .noTable)
    #expect(week.objectives.map(\.text) == ["Learn one thing"])
    #expect(week.notes == ["no task table"])
    #expect(week.start == nil && week.days == 0)
  }

  @Test func aReversedOrOverlongRangeCountsOnlyItsTwoDates() throws {
    let text = F.page(
      week: 4,
      rows: [
        F.row("4", "Reversed", "01/10/2025", "30/09/2025"),
        F.row("5", "Typo in the month", "02/10/2025", "02/12/2025"),
      ])
    let week = try #require(F.terms([F.path("s", 4): text])[0].week(4))
    #expect(week.dates.map(\.description) == ["2025-09-30", "2025-10-01", "2025-10-02", "2025-12-02"])
    #expect(week.start?.description == "2025-09-30" && week.end?.description == "2025-12-02")
    #expect(week.notes.count == 2)
    #expect(week.notes[0].contains("ends before it starts"))
    #expect(week.notes[1].contains("spans 62 days"))
  }

  @Test func datesThatCannotBeReadAreNoted() throws {
    let text = F.page(week: 9, rows: [F.row("6", "Review", "28/11/2025", "31/11/2025")])
    let week = try #require(F.terms([F.path("s", 9): text])[0].week(9))
    #expect(week.notes == ["1 date not understood: '31/11/2025' (line 16)"])
    #expect(week.days == 1)
  }
}
