import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Which weeks count as missing, and that the output can say why.
@Suite struct ExpectedWeeksTests {
  typealias F = SummaryFixtures

  static func resolve(
    _ selection: WeekSelection = .all, present: Set<Int>, programStart: String? = nil, termWeeks: Int? = nil,
    today: String? = nil
  ) -> ExpectedWeeks {
    ExpectedWeeks.resolve(
      selection, present: present, programStart: programStart.flatMap(CalendarDate.parseISO), termWeeks: termWeeks,
      today: today.flatMap(CalendarDate.parseISO), highestFilledWeek: SummaryBuilder.highestFilledWeek)
  }

  @Test func programStartAndTodayExpectEveryWeekWhoseFridayIsOver() {
    // Week 1 is 2025-09-08..12; on Friday 2025-09-12 it is not over yet, on Saturday it is.
    #expect(Self.resolve(present: [1], programStart: "2025-09-08", today: "2025-09-12").range == nil)
    #expect(Self.resolve(present: [1], programStart: "2025-09-08", today: "2025-09-13").range == 1...1)
    let mid = Self.resolve(present: [1, 2], programStart: "2025-09-08", today: "2025-11-12")
    #expect(mid.range == 1...9)
    #expect(mid.source == .programStart)
    #expect(mid.sentence == "weeks 1-9 expected (from programStart 2025-09-08 and today 2025-11-12)")
  }

  @Test func termWeeksCapsTheCalendarAndStandsAloneWithoutIt() {
    let late = Self.resolve(present: [1], programStart: "2025-09-08", termWeeks: 12, today: "2026-06-01")
    #expect(late.range == 1...12)
    #expect(late.detail == "programStart 2025-09-08, termWeeks 12 and today 2026-06-01")
    let term = Self.resolve(present: [1, 2], termWeeks: 12)
    #expect(term.range == 1...12 && term.source == .termWeeks)
  }

  @Test func withoutConfigurationASiteIsExpectedUpToItsHighestWeek() {
    let own = Self.resolve(present: [1, 3, 2025])
    #expect(own.range == 1...3)
    #expect(own.source == .site)
    #expect(own.sentence == "weeks 1-3 expected (from the site's highest week, 3)")
    #expect(own.weeks(present: [1, 3, 2025]) == [1, 2, 3, 2025])
    #expect(Self.resolve(present: [0, 2]).range == 0...2)
    #expect(Self.resolve(present: []).range == nil)
  }

  @Test func anOptionWins() {
    let option = Self.resolve(.range(1...4), present: [2], programStart: "2025-09-08", today: "2025-12-01")
    #expect(option.range == 1...4 && option.source == .option && option.detail == "--weeks 1-4")
  }

  @Test func aSiteThatStoppedEarlyMissesTheWeeksItsPeersWrote() {
    func weeks(_ site: String, _ last: Int) -> [(String, String)] {
      (1...last).map { (F.path(site, $0), F.plainWeek($0, monday: F.monday.adding(days: 7 * ($0 - 1)))) }
    }
    let files = Dictionary(weeks("ann", 12) + weeks("bao", 12) + weeks("cam", 7), uniquingKeysWith: { $1 })
    let terms = F.sites(files).flatMap { SummaryBuilder.terms(site: $0, findings: [], options: SummaryOptions()) }
    let cohort = CohortSummary(sites: terms)
    let cam = cohort.sites.first { $0.site.name == "cam" }
    #expect(cam?.totals.weeksMissing == [8, 9, 10, 11, 12])
    #expect(cam?.expected.source == .cohort)
    #expect(cam?.weeks.last?.state == .missing)
    #expect(cohort.sites.first { $0.site.name == "ann" }?.totals.weeksMissing == [])
  }

  @Test func oneSitesStrayHighWeekMovesNoOtherSite() {
    let files = [
      F.path("ann", 1): F.plainWeek(1, monday: F.monday), F.path("ann", 40): F.plainWeek(40, monday: F.monday),
      F.path("bao", 1): F.plainWeek(1, monday: F.monday), F.path("bao", 2): F.plainWeek(2, monday: F.monday),
    ]
    let terms = F.sites(files).flatMap { SummaryBuilder.terms(site: $0, findings: [], options: SummaryOptions()) }
    let cohort = CohortSummary(sites: terms)
    #expect(cohort.sites.first { $0.site.name == "bao" }?.totals.weeksMissing == [])
  }

  @Test func aWeekCopiedFromAnotherSiteIsCopiedOnBoth() {
    func page(_ n: Int, _ words: String) -> String {
      let rows = (0..<4).map { i -> String in
        let d = F.monday.adding(days: 7 * (n - 1) + i)
        return F.row(
          "\(i + 2)", "\(words) step \(i + 1) of the storage lab", WeekStateTests.dmy(d), WeekStateTests.dmy(d))
      }
      return F.page(week: n, rows: rows)
    }
    let files = [
      F.path("ann__fcj-report", 1): page(1, "Finished"), F.path("bao", 1): page(1, "Finished"),
      F.path("cam", 1): page(1, "Planned"),
    ]
    let terms = F.sites(files).flatMap { SummaryBuilder.terms(site: $0, findings: [], options: SummaryOptions()) }
    let cohort = CohortSummary(sites: terms)
    let bao = cohort.sites.first { $0.site.name == "bao" }?.weeks.first
    #expect(bao?.state == .copied)
    #expect(bao?.reasons.first?.text == "4 of 4 task rows the same as ann's week 1")
    #expect(cohort.sites.first { $0.site.name == "cam" }?.weeks.first?.state == .partial)
    #expect(cohort.sites.first { $0.site.name == "ann__fcj-report" }?.displayName == "ann")
  }
}
