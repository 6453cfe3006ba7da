import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Placing today in a week: the arithmetic of `programStart`, the site's dated weeks voting,
/// and the week after the highest.
@Suite struct StatusWeekTests {
  static let start = CalendarDate(year: 2025, month: 9, day: 8)!

  /// A page of week `n` with one task dated `date`.
  static func page(_ n: Int, _ date: CalendarDate?) -> String {
    """
    ---
    title: "Week \(n) Worklog"
    ---
    ### Week \(n) Tasks:

    | Day | Task | Start Date | Completion Date |
    | --- | --- | --- | --- |
    | Tue | Read the guide | \(date?.description ?? "") | \(date?.description ?? "") |

    """
  }

  static func site(_ weeks: [Int: CalendarDate?]) -> Site {
    SummaryFixtures.site(
      Dictionary(
        uniqueKeysWithValues: weeks.map { n, date in ("s/content/1-Worklog/1.\(n)-Week\(n)/_index.md", page(n, date)) })
    )
  }

  @Test(arguments: [(0, 1), (6, 1), (7, 2), (37, 6), (364, 53)])
  func programStartCountsWholeWeeks(offset: Int, week: Int) {
    let today = Self.start.adding(days: offset)
    let w = StatusWeek.locate(today: today, programStart: Self.start, site: Self.site([1: nil]))
    #expect(w.number == week)
    #expect(w.source == .programStart)
    #expect(w.monday == Self.start.adding(days: 7 * (week - 1)))
    #expect(w.dates?.contains(today) == true)
    #expect(!w.beforeStart)
  }

  @Test func beforeTheStartIsWeekOneToCome() {
    let w = StatusWeek.locate(today: Self.start.adding(days: -1), programStart: Self.start, site: Self.site([1: nil]))
    #expect(w.number == 1)
    #expect(w.beforeStart)
    #expect(w.monday == Self.start)
  }

  @Test func theLatestDatedWeekCountsOnFromItsMonday() {
    // Week 3 dated on its Tuesday: its Monday is week 3's, so week 1 is `start`.
    let site = Self.site([1: nil, 2: nil, 3: Self.start.adding(days: 15)])
    let w = StatusWeek.locate(today: Self.start.adding(days: 30), programStart: nil, site: site)
    #expect(w.source == .siteDates)
    #expect(w.datedFrom == 3)
    #expect(w.number == 5)
  }

  @Test func theMondayMostWeeksImplyWins() {
    // Weeks 1 and 2 agree; week 3 is dated a year later, as a mistyped year gives.
    let site = Self.site([
      1: Self.start.adding(days: 1), 2: Self.start.adding(days: 8), 3: Self.start.adding(days: 15 + 364),
    ])
    let w = StatusWeek.locate(today: Self.start.adding(days: 22), programStart: nil, site: site)
    #expect(w.datedFrom == 2)
    #expect(w.number == 4)
  }

  @Test func withoutDatesItIsTheWeekAfterTheHighest() {
    let w = StatusWeek.locate(today: Self.start, programStart: nil, site: Self.site([1: nil, 4: nil]))
    #expect(w.number == 5)
    #expect(w.source == .none)
    #expect(w.monday == nil)
  }
}
