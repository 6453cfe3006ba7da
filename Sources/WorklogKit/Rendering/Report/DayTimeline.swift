/// A site's logged days as one inline SVG: a strip per week of seven squares, Monday to Sunday
/// of the calendar week holding most of its task dates, filled (in the week's state colour) where a task covers
/// the day, with the week number under it and a `<title>` saying what it shows.
enum DayTimeline {
  /// From one day's square to the next (the squares are 8 pixels, in the stylesheet).
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
      let monday = monday(week)
      for d in 0..<7 {
        let on = monday.map { days.contains($0.adding(days: d)) } ?? false
        out += "<rect x=\"\(d * step)\"\(on ? " class=\"on\"" : "")/>"
      }
      out += "<text x=\"0\" y=\"20\">\(week.week)</text></g>"
    }
    return out + "</svg>"
  }

  /// The Monday of the calendar week holding most of `week`'s dates (the earliest such week
  /// on a tie); nil for a week without dates.
  static func monday(_ week: WeekSummary) -> CalendarDate? {
    var counts: [CalendarDate: Int] = [:]
    for d in week.dates { counts[d.monday, default: 0] += 1 }
    return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
  }

  /// `week 3: ok, 5 days logged, Mon 2025-09-08 to Sun 2025-09-14`.
  static func title(_ week: WeekSummary) -> String {
    let look = WeekStateLook.of(week.state)
    guard let monday = monday(week) else {
      return "week \(week.week): \(look.label), no day logged"
    }
    let sunday = monday.adding(days: 6)
    let outside = week.dates.filter { $0 < monday || $0 > sunday }.count
    var text =
      "week \(week.week): \(look.label), \(SummaryWording.count(week.dates.count, "day")) logged, \(monday) to \(sunday)"
    if outside > 0 { text += " (\(SummaryWording.count(outside, "day")) outside it not drawn)" }
    return text
  }
}
