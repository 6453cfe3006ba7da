/// A site's logged days as one inline SVG: a strip per week of seven squares, Monday to Sunday
/// of the week of its first task date, filled (in the week's state colour) where a task covers
/// the day, with the week number under it and a `<title>` saying what it shows.
enum DayTimeline {
  static let square = 8
  static let step = 9
  static let gap = 7

  /// The timeline of `entry`'s weeks.
  static func svg(_ entry: ReportEntry) -> String {
    let weeks = entry.term.weeks
    guard !weeks.isEmpty else { return "" }
    let stripWidth = 7 * step + gap
    let width = weeks.count * stripWidth
    var out =
      "<svg class=\"tl\" width=\"\(width)\" height=\"22\" viewBox=\"0 0 \(width) 22\" role=\"img\" aria-labelledby=\"\(entry.anchor)-tl\"><title id=\"\(entry.anchor)-tl\">Days logged per week, Monday to Sunday</title>"
    for (i, week) in weeks.enumerated() {
      out += "<g class=\"\(ReportStyle.stateClass(week.state))\" transform=\"translate(\(i * stripWidth),0)\">"
      out += "<title>\(HTMLEscape.text(title(week)))</title>"
      let days = Set(week.dates)
      let monday = week.start.map { $0.adding(days: 1 - $0.weekday) }
      for d in 0..<7 {
        let on = monday.map { days.contains($0.adding(days: d)) } ?? false
        out += "<rect x=\"\(d * step)\" width=\"\(square)\" height=\"\(square)\"\(on ? " class=\"on\"" : "")/>"
      }
      out += "<text x=\"0\" y=\"20\">\(week.week)</text></g>"
    }
    return out + "</svg>"
  }

  /// `week 3: ok, 5 days logged, Mon 2025-09-08 to Sun 2025-09-14`.
  static func title(_ week: WeekSummary) -> String {
    let look = WeekStateLook.of(week.state)
    guard let start = week.start else {
      return "week \(week.week): \(look.label), no day logged"
    }
    let monday = start.adding(days: 1 - start.weekday)
    let sunday = monday.adding(days: 6)
    let outside = week.dates.filter { $0 < monday || $0 > sunday }.count
    var text =
      "week \(week.week): \(look.label), \(ReportCells.count(week.dates.count, "day")) logged, \(monday) to \(sunday)"
    if outside > 0 { text += " (\(ReportCells.count(outside, "day")) outside it not drawn)" }
    return text
  }
}
