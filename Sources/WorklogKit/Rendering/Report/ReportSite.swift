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
      "\(SummaryWording.count(totals.weeksPresent, "week")) with a page, \(totals.weeksMissing.count) missing; \(SummaryWording.count(totals.tasks, "task")) over \(SummaryWording.count(totals.days, "day")); findings: \(SummaryWording.findings(totals.findings)).</p>\n"
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

  /// Week `week`'s detail, closed: page, reasons, notes, each task's first line with its day
  /// and dates, how many objectives and achievements, and the references. The report is the
  /// overview of a cohort: the full text of a week is `worklog summary --week N`'s, and leaving
  /// it out keeps a page of 300 sites small enough to open at once.
  static func detail(_ week: WeekSummary, _ entry: ReportEntry) -> String {
    let title = week.title.map { " · " + HTMLEscape.text(ReportEntry.clipped($0)) } ?? ""
    var out =
      "<details id=\"\(entry.anchor(week: week.week))\"><summary>Week \(week.week): \(ReportCells.state(week.state))\(title)</summary><div>\n"
    if let path = week.path {
      out +=
        "<p>Page <code>\(HTMLEscape.text(SummaryWording.relative(path, to: entry.term.site.root)))</code>\(week.language.map { " (\(HTMLEscape.text($0)))" } ?? "")</p>\n"
    }
    let notes = week.reasons.map { "\(WeekStateLook.of($0.state).label): \($0.text)" } + week.notes + week.guesses
    if !notes.isEmpty {
      out += "<ul>" + notes.map { "<li>\(HTMLEscape.text($0))</li>" }.joined() + "</ul>\n"
    }
    if !week.tasks.isEmpty {
      out +=
        "<table class=\"list\"><caption>Tasks (first lines)</caption><thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Dates</th><th scope=\"col\">Task</th></tr></thead><tbody>\n"
      for task in week.tasks {
        let first = task.items.first?.text ?? ""
        let dates = SummaryWording.compactRange(task.start, task.end) ?? ""
        out +=
          "<tr><td>\(HTMLEscape.text(ReportEntry.clipped(task.day ?? "", 12)))</td><td>\(dates)</td><td>\(HTMLEscape.text(ReportEntry.clipped(first, taskLength)))</td></tr>\n"
      }
      out += "</tbody></table>\n"
    }
    if week.isPresent && week.status != .unreadable {
      out +=
        "<p>\(SummaryWording.count(week.objectives.count, "objective")), \(SummaryWording.count(week.achievements.count, "achievement")).</p>\n"
    }
    if !week.references.isEmpty {
      out +=
        "<h4>References</h4><ul>"
        + week.references.map { "<li>\(HTMLEscape.link(ReportEntry.clipped($0.title, 100), url: $0.url))</li>" }
        .joined()
        + "</ul>\n"
    }
    return out + "</div></details>\n"
  }

  /// A task's first line is cut after this many characters.
  static let taskLength = 160
  /// Places listed for one rule on one site; the rest are counted (`worklog lint` lists them all).
  static let placesPerRule = 5

  /// The site's findings, closed, a row per rule: its code, severity and count, the fix hint
  /// said once, and the first places with their messages.
  static func findings(_ term: TermSummary) -> String {
    guard let list = term.findingList, !list.isEmpty else { return "<p>No findings.</p>\n" }
    var out =
      "<details><summary>Findings: \(SummaryWording.findings(term.totals.findings))</summary><div><table class=\"list\"><caption>Findings by rule</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\" class=\"num\">Count</th><th scope=\"col\">Where and what</th><th scope=\"col\">Fix</th></tr></thead><tbody>\n"
    var order: [String] = []
    var byCode: [String: [FindingSummary]] = [:]
    for f in list {
      if byCode[f.code] == nil { order.append(f.code) }
      byCode[f.code, default: []].append(f)
    }
    for code in order {
      let group = byCode[code] ?? []
      guard let first = group.first else { continue }
      var places = group.prefix(placesPerRule).map { f in
        "<li><code>\(HTMLEscape.text("\(f.relativePath):\(f.line):\(f.column)"))</code> \(HTMLEscape.text(f.message))</li>"
      }.joined()
      if group.count > placesPerRule { places += "<li>and \(group.count - placesPerRule) more</li>" }
      out +=
        "<tr><td>\(HTMLEscape.text(code)) <small>\(HTMLEscape.text(first.name))</small></td><td>\(first.severity.rawValue)</td><td class=\"num\">\(group.count)</td><td><ul>\(places)</ul></td><td>\(HTMLEscape.text(first.fix ?? ""))</td></tr>\n"
    }
    return out + "</tbody></table></div></details>\n"
  }

  /// `text` with its first letter in upper case.
  static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
