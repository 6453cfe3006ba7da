/// One week across the cohort: a row per site, for "what did everyone do in week 8".
enum ReportWeek {
  /// How many tasks' first lines a row shows.
  static let shownTasks = 1

  /// Week `n`'s section, closed below its heading and counts.
  static func html(_ n: Int, _ entries: [ReportEntry]) -> String {
    let rows = entries.compactMap { e in e.weeks[n].map { (e, $0) } }
    var counts: [WeekState: Int] = [:]
    for (_, w) in rows { counts[w.state, default: 0] += 1 }
    let said = WeekState.allCases.compactMap { s in counts[s].map { "\($0) \(WeekStateLook.of(s).label)" } }
    var out =
      "<section id=\"w\(n)\"><h3>Week \(n)</h3><details><summary>\(SummaryWording.count(rows.count, "site")): \(said.joined(separator: ", "))</summary><div>\n"
    out +=
      "<table class=\"list\"><caption>What everyone did in week \(n)</caption><thead><tr><th scope=\"col\">Site</th><th scope=\"col\">State</th><th scope=\"col\" class=\"num\">Days</th><th scope=\"col\">Tasks (first lines)</th></tr></thead><tbody>\n"
    for (entry, week) in rows {
      let lines = ReportEntry.firstLines(week)
      var tasks = lines.prefix(shownTasks).map { HTMLEscape.text(ReportEntry.clipped($0, 80)) }.joined(
        separator: "<br>")
      if lines.count > shownTasks { tasks += "<br><small>and \(lines.count - shownTasks) more</small>" }
      out +=
        "<tr data-s=\"\(entry.index)\"><th scope=\"row\"><a href=\"#\(entry.anchor(week: n))\">\(HTMLEscape.text(entry.name))</a></th><td>\(ReportCells.state(week.state))</td><td class=\"num\">\(week.dates.count)</td><td>\(tasks)</td></tr>\n"
    }
    return out + "</tbody></table></div></details></section>\n"
  }
}
