import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Each kind of week gets its state and the reason for it, and the states rank as documented.
@Suite struct WeekStateTests {
  typealias F = SummaryFixtures

  /// Week `n` of site `s` as five dated rows with tasks of its own.
  static func own(_ n: Int, site s: String = "s", monday: CalendarDate? = nil, words: String = "Worked on") -> (
    String, String
  ) {
    let monday = monday ?? F.monday.adding(days: 7 * (n - 1))
    let rows = (0..<5).map { i -> String in
      let d = monday.adding(days: i)
      return F.row("\(i + 2)", "\(words) part \(i + 1) of the week \(n) lab", dmy(d), dmy(d))
    }
    return (F.path(s, n), F.page(week: n, rows: rows))
  }

  static func dmy(_ d: CalendarDate) -> String {
    "\(d.day < 10 ? "0" : "")\(d.day)/\(d.month < 10 ? "0" : "")\(d.month)/\(d.year)"
  }

  static func term(_ pages: [(String, String)], options: SummaryOptions = SummaryOptions()) -> TermSummary {
    F.terms(Dictionary(pages, uniquingKeysWith: { $1 }), options: options)[0]
  }

  static func states(_ term: TermSummary) -> [WeekState] { term.weeks.map(\.state) }

  @Test func aWeekOfItsOwnWithEveryDayLoggedIsOk() {
    let term = Self.term([Self.own(1), Self.own(2)])
    #expect(Self.states(term) == [.ok, .ok])
    #expect(term.weeks.allSatisfy { $0.reasons.isEmpty })
    #expect(term.totals.states == [.ok: 2])
  }

  @Test func aWeekWithoutAPageIsMissing() {
    let term = Self.term([Self.own(1), Self.own(3)])
    #expect(Self.states(term) == [.ok, .missing, .ok])
    #expect(term.weeks[1].reasons.map(\.text) == ["no page"])
  }

  @Test func emptyRowsAndPlaceholdersAreTheTemplate() {
    let empty = F.page(
      week: 2, objectives: ["Describe the goal for Week 2"],
      rows: ["| 2 |  | 15/09/2025 | 15/09/2025 | |", "| 3 | Task 1 | 16/09/2025 | 16/09/2025 | |"],
      achievements: ["..."])
    let term = Self.term([Self.own(1), (F.path("s", 2), empty)])
    #expect(Self.states(term) == [.ok, .template])
    let reason = term.weeks[1].reasons.first
    #expect(reason?.state == .template)
    #expect(reason?.text.hasPrefix("no task written in its 2 rows") == true, "\(String(describing: reason))")
    #expect(reason?.text.contains("placeholder") == true)
  }

  @Test func aPageAsNewWritesItIsTheTemplateNotFilledIn() {
    let blank = F.page(
      week: 2, objectives: [""],
      rows: ["| 2 |  | 15/09/2025 | 15/09/2025 | |", "| 3 |  | 16/09/2025 | 16/09/2025 | |"],
      achievements: [""])
    let term = Self.term([Self.own(1), (F.path("s", 2), blank)])
    #expect(term.weeks[1].status == .notFilledIn)
    #expect(term.weeks[1].state == .template)
    #expect(term.weeks[1].reasons.first?.text.hasPrefix("not filled in yet") == true)
  }

  @Test func aWeekRepeatingAnEarlierWeeksTasksIsCopied() {
    let (path2, _) = Self.own(2)
    let copy = Self.own(1).1.replacing("Week 1", with: "Week 2").replacing("weight: 1", with: "weight: 2")
      .replacing("1.1.", with: "1.2.")
    let term = Self.term([Self.own(1), (path2, copy)])
    #expect(term.weeks[1].state == .copied)
    #expect(term.weeks[1].reasons.map(\.text).contains("5 of 5 task rows the same as in week 1"))
    // The earlier week is the original.
    #expect(term.weeks[0].state == .ok)
  }

  @Test func aWeekDatedAYearBeforeTheCalendarIsDatedElsewhere() {
    let early = Self.own(3, monday: F.monday.adding(days: 14 - 364))
    let term = Self.term([Self.own(1), Self.own(2), early, Self.own(4)])
    #expect(Self.states(term) == [.ok, .ok, .datedElsewhere, .ok])
    let reason = term.weeks[2].reasons.first?.text ?? ""
    #expect(reason.contains("dated 2024-09-23..09-27"), "\(reason)")
    #expect(
      reason.contains("the calendar (extrapolated from week 4's dates) puts week 3 at 2025-09-22..09-28"), "\(reason)")
  }

  @Test func theConfiguredProgramStartPlacesTheCalendar() {
    // Every week is dated a week late against the configured calendar: two days of slack do
    // not cover that, while the site's own dates alone would agree with themselves.
    let pages = [1, 2].map { Self.own($0, monday: F.monday.adding(days: 7 * $0)) }
    let files = Dictionary(pages, uniquingKeysWith: { $1 })
    let configured = SummaryBuilder.terms(
      site: F.site(files), findings: [], options: SummaryOptions(weeks: .range(1...2)),
      configuration: Configuration(programStart: "2025-09-08"))[0]
    #expect(Self.states(configured) == [.datedElsewhere, .datedElsewhere])
    #expect(configured.weeks[0].reasons.first?.text.contains("(from programStart)") == true)
    #expect(Self.states(Self.term(pages)) == [.ok, .ok])
  }

  @Test func fewerDaysThanTheWorkingDaysIsPartial() {
    let three = F.page(
      week: 2,
      rows: [
        F.row("2", "Wrote the lab report", "15/09/2025", "15/09/2025"),
        F.row("4", "Reviewed the network design", "17/09/2025", "17/09/2025"),
        F.row("6", "Presented the results", "19/09/2025", "19/09/2025"),
      ])
    let term = Self.term([Self.own(1), (F.path("s", 2), three)])
    #expect(term.weeks[1].state == .partial)
    #expect(term.weeks[1].reasons.first?.text == "3 of 5 working days logged (Mon, Wed, Fri)")
  }

  @Test func aWeekInProgressIsDueOnlyUpToToday() {
    let two = F.page(
      week: 2,
      rows: [
        F.row("2", "Wrote the lab report", "15/09/2025", "15/09/2025"),
        F.row("3", "Reviewed the network design", "16/09/2025", "16/09/2025"),
      ])
    let pages = [Self.own(1), (F.path("s", 2), two)]
    // Tuesday of week 2: both days due so far are logged.
    #expect(Self.term(pages, options: SummaryOptions(today: F.monday.adding(days: 8))).weeks[1].state == .ok)
    // Thursday: three days due, two logged.
    let thursday = Self.term(pages, options: SummaryOptions(today: F.monday.adding(days: 10)))
    #expect(thursday.weeks[1].reasons.first?.text == "2 of 4 working days logged so far (Mon, Tue)")
  }

  @Test func aPageWithoutATaskTableIsPartial() {
    let term = Self.term([Self.own(1), (F.path("s", 2), F.page(week: 2, rows: nil))])
    #expect(term.weeks[1].state == .partial)
    #expect(term.weeks[1].reasons.first?.text == "no task table: no day logged")
  }

  @Test func rowsWithNeitherDatesNorDayLabelsLogNoDay() {
    let undated = F.page(week: 2, rows: ["|  | Wrote the lab report |  |  | |"])
    let term = Self.term([Self.own(1), (F.path("s", 2), undated)])
    #expect(term.weeks[1].state == .partial)
    #expect(term.weeks[1].reasons.first?.text == "no day logged: no task has a date or a Day label")
  }

  @Test func anUnreadablePageIsUnreadable() {
    let files = Dictionary([Self.own(1)], uniquingKeysWith: { $1 })
    let term = F.terms(files, unreadable: [F.path("s", 2)])[0]
    #expect(term.weeks[1].state == .unreadable)
    #expect(term.weeks[1].reasons.first?.text.hasPrefix("cannot read") == true)
  }

  @Test func theMostSeriousReasonWinsAndEveryReasonIsKept() {
    // A copy of week 1, dated a year early, with only three rows: copied, dated elsewhere and
    // partial at once.
    let rows = (0..<3).map { i -> String in
      let d = F.monday.adding(days: 7 - 364 + i)
      return F.row("\(i + 2)", "Worked on part \(i + 1) of the week 1 lab", Self.dmy(d), Self.dmy(d))
    }
    let term = Self.term([Self.own(1), Self.own(3), (F.path("s", 2), F.page(week: 2, rows: rows))])
    let week = term.weeks[1]
    #expect(week.state == .copied)
    #expect(week.reasons.map(\.state) == [.copied, .datedElsewhere, .partial])
  }

  @Test func statesRankInTheDocumentedOrder() {
    #expect(
      WeekState.allCases.sorted() == [.missing, .unreadable, .template, .copied, .datedElsewhere, .partial, .ok])
    #expect(WeekState.datedElsewhere.rawValue == "dated-elsewhere")
    #expect(!WeekState.ok.needsALook && WeekState.partial.needsALook)
  }
}
