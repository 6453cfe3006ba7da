/// One site's section: name, folder, languages, expected weeks, totals, the timeline of logged
/// days, the week table, each week's detail (closed) and the findings (closed).
enum ReportSite {
  /// The section of `entry`; `sharedExpected` when the header already says the expected weeks.
  static func html(_ entry: ReportEntry, sharedExpected: Bool) -> String {
    let term = entry.term
    let totals = term.totals
    var out =
      "<section id=\"\(entry.anchor)\" class=\"site\"><h2>\(HTMLEscape.text(entry.name)) <small>\(HTMLEscape.text(term.site.root))</small></h2>\n<p>"
    out += "Languages: \(HTMLEscape.text(term.languages.isEmpty ? "none" : term.languages.joined(separator: ", "))). "
    if !sharedExpected { out += HTMLEscape.text(capitalised(term.expected.sentence)) + ". " }
    out +=
      "\(ReportCells.count(totals.weeksPresent, "week")) with a page, \(totals.weeksMissing.count) missing; \(ReportCells.count(totals.tasks, "task")) over \(ReportCells.count(totals.days, "day")); findings: \(ReportCells.findings(totals.findings)).</p>\n"
    let states = WeekState.allCases.compactMap { s in totals.states[s].map { (s, $0) } }
    if !states.isEmpty {
      out += "<ul class=\"counts\">"
      for (state, n) in states { out += "<li>\(ReportCells.state(state)): \(n)</li>" }
      out += "</ul>\n"
    }
    for note in term.notes { out += "<p class=\"muted\">\(HTMLEscape.text(note))</p>\n" }
    out += "<div class=\"scroll\">\(DayTimeline.svg(entry))</div>\n"
    out += weekTable(entry)
    out += "<h3>Weeks in detail</h3>\n"
    for week in term.weeks { out += detail(week, entry) }
    out += findings(term)
    return out + "</section>\n"
  }

  /// The table of the site's weeks.
  static func weekTable(_ entry: ReportEntry) -> String {
    var out = """
      <table class="list"><caption>Weeks of \(HTMLEscape.text(entry.name))</caption>
      <thead><tr><th scope="col">Week</th><th scope="col">State</th><th scope="col">Dates</th><th scope="col" class="num">Days</th><th scope="col" class="num">Tasks</th><th scope="col">First task</th></tr></thead><tbody>

      """
    for week in entry.term.weeks {
      let first = ReportEntry.firstLines(week).first.map { ReportEntry.clipped($0) } ?? ""
      out +=
        "<tr><th scope=\"row\"><a href=\"#\(entry.anchor(week: week.week))\">\(week.week)</a></th><td>\(ReportCells.state(week.state))</td><td>\(ReportCells.dates(week))</td><td class=\"num\">\(week.dates.count)</td><td class=\"num\">\(week.tasks.count)</td><td>\(HTMLEscape.text(first))</td></tr>\n"
    }
    return out + "</tbody></table>\n"
  }

  /// Week `week`'s detail, closed: page, reasons, notes, tasks, objectives, achievements and
  /// references.
  static func detail(_ week: WeekSummary, _ entry: ReportEntry) -> String {
    let title = week.title.map { " · " + HTMLEscape.text($0) } ?? ""
    var out =
      "<details id=\"\(entry.anchor(week: week.week))\"><summary>Week \(week.week): \(ReportCells.state(week.state))\(title)</summary><div>\n"
    if let path = week.path {
      out +=
        "<p>Page <code>\(HTMLEscape.text(path))</code>\(week.language.map { " (\(HTMLEscape.text($0)))" } ?? "")</p>\n"
    }
    let notes = week.reasons.map { "\(WeekStateLook.of($0.state).label): \($0.text)" } + week.notes + week.guesses
    if !notes.isEmpty {
      out += "<ul>" + notes.map { "<li>\(HTMLEscape.text($0))</li>" }.joined() + "</ul>\n"
    }
    if !week.tasks.isEmpty {
      out +=
        "<table class=\"list\"><caption>Tasks</caption><thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Task</th><th scope=\"col\">Start</th><th scope=\"col\">Completion</th></tr></thead><tbody>\n"
      for task in week.tasks {
        let lines = task.items.map { String(repeating: "  ", count: max(0, $0.level - 1)) + $0.text }
        out +=
          "<tr><td>\(HTMLEscape.text(task.day ?? ""))</td><td><pre>\(HTMLEscape.text(lines.joined(separator: "\n")))</pre></td><td>\(task.start.map { "\($0)" } ?? "")</td><td>\(task.end.map { "\($0)" } ?? "")</td></tr>\n"
      }
      out += "</tbody></table>\n"
    }
    let objectives = ReportCells.list(week.objectives)
    if !objectives.isEmpty { out += "<h4>Objectives</h4>" + objectives + "\n" }
    let achievements = ReportCells.list(week.achievements)
    if !achievements.isEmpty { out += "<h4>Achievements</h4>" + achievements + "\n" }
    if !week.references.isEmpty {
      out +=
        "<h4>References</h4><ul>"
        + week.references.map { "<li>\(HTMLEscape.link($0.title, url: $0.url))</li>" }.joined()
        + "</ul>\n"
    }
    return out + "</div></details>\n"
  }

  /// The site's findings, closed: where, code, severity, message and fix hint.
  static func findings(_ term: TermSummary) -> String {
    guard let list = term.findingList, !list.isEmpty else { return "<p>No findings.</p>\n" }
    var out =
      "<details><summary>Findings: \(ReportCells.findings(term.totals.findings))</summary><div><table class=\"list\"><caption>Findings</caption><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Code</th><th scope=\"col\">Severity</th><th scope=\"col\">Message</th><th scope=\"col\">Fix</th></tr></thead><tbody>\n"
    for f in list {
      out +=
        "<tr><td><code>\(HTMLEscape.text("\(f.relativePath):\(f.line):\(f.column)"))</code></td><td>\(HTMLEscape.text(f.code)) <small>\(HTMLEscape.text(f.name))</small></td><td>\(f.severity.rawValue)</td><td>\(HTMLEscape.text(f.message))</td><td>\(HTMLEscape.text(f.fix ?? ""))</td></tr>\n"
    }
    return out + "</tbody></table></div></details>\n"
  }

  /// `text` with its first letter in upper case.
  static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
