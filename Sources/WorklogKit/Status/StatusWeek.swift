/// Today's week: its number, where the number came from, and its dates when it has some.
public struct StatusWeek: Sendable, Equatable {
  /// The week to report on: today's week, or week 1 before the programme starts.
  public var number: Int
  public var source: StatusWeekSource
  /// The week's Monday; nil when the week is not dated (`source == .none`).
  public var monday: CalendarDate?
  /// Today comes before week 1's Monday: `number` is 1, the week to come.
  public var beforeStart: Bool
  /// For `.siteDates`, the week whose task dates placed the weeks on the calendar.
  public var datedFrom: Int?

  /// The days of the week, Monday to Sunday, when it is dated.
  public var dates: ClosedRange<CalendarDate>? { monday.map { $0...$0.adding(days: 6) } }

  /// Today's week for `site`: from `programStart` when configured, else from the site's latest
  /// dated week, else the week after the highest one, not dated.
  public static func locate(today: CalendarDate, programStart: CalendarDate?, site: Site) -> StatusWeek {
    if let programStart {
      return placed(today: today, weekOne: programStart, source: .programStart, datedFrom: nil)
    }
    if let (week, monday) = latestDatedWeek(site) {
      return placed(
        today: today, weekOne: monday.adding(days: -7 * (week - 1)), source: .siteDates, datedFrom: week)
    }
    return StatusWeek(
      number: (site.weekNumbers.last ?? 0) + 1, source: .none, monday: nil, beforeStart: false, datedFrom: nil)
  }

  /// The week holding `today` when week 1 starts on `weekOne` (week 1 itself before then).
  static func placed(today: CalendarDate, weekOne: CalendarDate, source: StatusWeekSource, datedFrom: Int?)
    -> StatusWeek
  {
    let offset = weekOne.days(to: today)
    guard offset >= 0 else {
      return StatusWeek(number: 1, source: source, monday: weekOne, beforeStart: true, datedFrom: datedFrom)
    }
    let number = offset / 7 + 1
    return StatusWeek(
      number: number, source: source, monday: weekOne.adding(days: 7 * (number - 1)), beforeStart: false,
      datedFrom: datedFrom)
  }

  /// The latest dated week that agrees with the site's other dated weeks, and the Monday of
  /// the week the middle of its dates falls in. Each dated week implies a Monday for week 1; the Monday most weeks
  /// imply wins (on a tie, the one a later week implies), so one week dated in the wrong year
  /// or month does not move the calendar.
  static func latestDatedWeek(_ site: Site) -> (week: Int, monday: CalendarDate)? {
    let (dated, votes) = weekOneVotes(site)
    let best = votes.max { a, b in (a.value.count, a.value.latest) < (b.value.count, b.value.latest) }
    guard let chosen = dated.last(where: { $0.weekOne == best?.key }) else { return nil }
    return (chosen.week, chosen.monday)
  }

  /// The site's dated weeks (each with the Monday of the middle of its dates and the Monday of week
  /// 1 that implies), and for each implied Monday how many weeks imply it and the latest of them.
  static func weekOneVotes(_ site: Site) -> (
    dated: [(week: Int, monday: CalendarDate, weekOne: CalendarDate)],
    votes: [CalendarDate: (count: Int, latest: Int)]
  ) {
    var dated: [(week: Int, monday: CalendarDate, weekOne: CalendarDate)] = []
    for week in site.weekNumbers {
      // The Monday of the middle of its dates: a week logged Sunday to Saturday, or Friday to
      // Thursday, still falls in the week most of its days are in.
      let span = site.pages(week: week).lazy.compactMap { $0.tasks?.coreDateRange }.first
      let middle = span.map { $0.lowerBound.adding(days: $0.lowerBound.days(to: $0.upperBound) / 2) }
      if let monday = middle?.monday { dated.append((week, monday, monday.adding(days: -7 * (week - 1)))) }
    }
    var votes: [CalendarDate: (count: Int, latest: Int)] = [:]
    for d in dated { votes[d.weekOne] = ((votes[d.weekOne]?.count ?? 0) + 1, d.week) }
    return (dated, votes)
  }
}
