/// Which week of a site a date falls in: the week whose task table holds it, else the week
/// `programStart` counts it in, else the week counted from the nearest dated week.
enum WeekPageFinder {
  /// Where the date belongs.
  enum Found: Equatable {
    /// A week with pages.
    case week(Int)
    /// A week the site has no page for yet.
    case missing(Int)
  }

  static func find(_ date: CalendarDate, in site: Site, programStart: CalendarDate?) throws(TrackerError) -> Found {
    let byWeek = site.pagesByWeek
    let spans: [(week: Int, span: ClosedRange<CalendarDate>)] = byWeek.keys.sorted().flatMap { week in
      (byWeek[week] ?? []).compactMap { page in page.tasks?.coreDateRange.map { (week, $0) } }
    }
    let counted = programStart.map { start in start.days(to: date) >= 0 ? start.days(to: date) / 7 + 1 : 0 }
    // Of several weeks holding the day, the one `programStart` counts it in, else the one that
    // began last (a week's last day written as the next one's first); two that began the same
    // day (a page copied from another week) are a guess, refused.
    func best(_ holding: [(week: Int, span: ClosedRange<CalendarDate>)]) throws(TrackerError) -> Int? {
      if let counted, holding.contains(where: { $0.week == counted }) { return counted }
      guard let latest = holding.map(\.span.lowerBound).max() else { return nil }
      let weeks = Array(Set(holding.filter { $0.span.lowerBound == latest }.map(\.week))).sorted()
      guard weeks.count == 1 else {
        let names = weeks.map(String.init).joined(separator: " and ")
        throw TrackerError(
          "\(date) is in the task tables of weeks \(names), which start the same day; set 'programStart' in .worklog.json or mend the dates of the copied week"
        )
      }
      return weeks[0]
    }
    // The table's own days first, then the Monday-to-Sunday weeks around them.
    if let week = try best(spans.filter { $0.span.contains(date) }) { return .week(week) }
    let widened = spans.filter { s in
      let monday = s.span.lowerBound.monday
      let sunday = s.span.upperBound.adding(days: 7 - s.span.upperBound.weekday)
      return (monday...sunday).contains(date)
    }
    if let week = try best(widened) { return .week(week) }
    let week: Int
    if let start = programStart, let counted {
      guard counted >= 1 else {
        throw TrackerError("\(date) is before week 1, which starts on \(start) (programStart)")
      }
      week = counted
    } else if let nearest = spans.min(by: { distance($0.span, date) < distance($1.span, date) }) {
      let monday = nearest.span.lowerBound.monday
      let offset = monday.days(to: date)
      week = nearest.week + (offset >= 0 ? offset / 7 : -((-offset + 6) / 7))
      guard week >= 1 else {
        throw TrackerError(
          "\(date) is before week 1 (week \(nearest.week)'s tasks start on \(nearest.span.lowerBound)); check the date")
      }
    } else {
      throw TrackerError(
        "no week page of \(site.identity.name) has dated tasks to place \(date) in; set 'programStart' in .worklog.json"
      )
    }
    return byWeek[week]?.isEmpty == false ? .week(week) : .missing(week)
  }

  private static func distance(_ span: ClosedRange<CalendarDate>, _ date: CalendarDate) -> Int {
    if span.contains(date) { return 0 }
    return min(abs(span.lowerBound.days(to: date)), abs(span.upperBound.days(to: date)))
  }
}
