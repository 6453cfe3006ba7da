extension DateMissingYearRule {
  /// Where the page's week most likely starts, from outside the page: the Monday counted from
  /// `programStart`, else the earliest task date of the nearest other week of the site, moved
  /// by the weeks between.
  static func estimatedMonday(_ page: Worklog, _ context: LintContext) -> CalendarDate? {
    guard let week = page.week.number else { return nil }
    if let start = context.configuration.programStartDate { return start.adding(days: 7 * (week - 1)) }
    guard let tallies = context.tallies else { return nil }
    let others = tallies.weekStarts().filter { $0.path != page.path }
      .map { (distance: abs($0.week - week), week: $0.week, date: $0.date) }
    guard let nearest = others.min(by: { ($0.distance, $0.week, $0.date) < ($1.distance, $1.week, $1.date) }) else {
      return nil
    }
    return nearest.date.adding(days: 7 * (week - nearest.week))
  }

  /// The year written into a date without one: the year that puts the day nearest the week's
  /// estimated start (within three weeks), keeping the cell's separator (`28/04` becomes
  /// `28/04/2026`). Unsafe: the year comes from the configuration or another page.
  func yearFix(_ page: Worklog, _ cell: DateCell, _ order: DateOrder?, _ context: LintContext) -> Fix? {
    guard let order, case .numeric(let first, let second, nil) = cell.reading,
      let written = NumericDateText(page.source, cell), written.year == nil,
      let monday = Self.estimatedMonday(page, context)
    else { return nil }
    let (day, month) = order == .dayFirst ? (first, second) : (second, first)
    let candidates = (monday.year - 1...monday.year + 1).compactMap { CalendarDate(year: $0, month: month, day: day) }
    guard let best = candidates.min(by: { abs(monday.days(to: $0)) < abs(monday.days(to: $1)) }),
      abs(monday.days(to: best)) <= 21
    else { return nil }
    return Fix(
      "write the year \(best.year)", .unsafe,
      edits: [.insert(written.separator + String(best.year), at: written.range.upperBound)],
      changesDates: true)
  }
}
