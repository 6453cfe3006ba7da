/// One site's section: name, folder, languages, expected weeks, totals, the timeline of logged
/// days, the week table (a row per week is that week's detail: a heatmap cell links to it), the
/// references and the findings (closed).
///
/// The report is the overview of a cohort: a week's full text is `worklog summary --week N`'s.
/// Keeping a week to one row (its state and every reason, dates, days, its tasks' first lines)
/// is what lets the page of 300 sites open at once.
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
    out += references(term)
    out += findings(term)
    return out + "</section>\n"
  }

  /// The table of the site's weeks, a row each, `id`'d as the week's detail: week, state,
  /// why (every reason and note), dates, days, tasks and the first lines of its tasks.
  static func weekTable(_ entry: ReportEntry) -> String {
    var out = """
      <table class="list"><caption>Weeks of \(HTMLEscape.text(entry.name))</caption>
      <thead><tr><th scope="col">Week</th><th scope="col">State</th><th scope="col">Why</th><th scope="col">Dates</th><th scope="col" class="num">Days</th><th scope="col" class="num">Tasks</th><th scope="col">Tasks (first lines)</th></tr></thead><tbody>

      """
    for week in entry.term.weeks {
      let why = week.reasons.map(\.text) + week.guesses
      let lines = ReportEntry.firstLines(week)
      var tasks = lines.prefix(tasksPerWeek).map { HTMLEscape.text(ReportEntry.clipped($0, taskLength)) }.joined(
        separator: "<br>")
      if lines.count > tasksPerWeek { tasks += "<br>and \(lines.count - tasksPerWeek) more" }
      out +=
        "<tr id=\"\(entry.anchor(week: week.week))\"><th scope=\"row\">\(week.week)</th><td>\(ReportCells.state(week.state))</td><td>\(HTMLEscape.text(why.joined(separator: "; ")))</td><td>\(ReportCells.dates(week))</td><td class=\"num\">\(week.dates.count)</td><td class=\"num\">\(week.tasks.count)</td><td>\(tasks)</td></tr>\n"
    }
    return out + "</tbody></table>\n"
  }

  /// The site's references, each URL once over all its weeks, the first `referencesPerSite`.
  static func references(_ term: TermSummary) -> String {
    let all = WeekSummary.unique(term.weeks.flatMap(\.references))
    guard !all.isEmpty else { return "" }
    let shown = all.prefix(referencesPerSite)
    let more = all.count - shown.count
    return "<p>References: "
      + shown.map { HTMLEscape.link(ReportEntry.clipped($0.title, 60), url: $0.url) }.joined(separator: " · ")
      + (more > 0 ? " · and \(more) more" : "") + "</p>\n"
  }

  /// Tasks whose first lines a week's row shows; the rest are counted.
  static let tasksPerWeek = 7
  /// A task's first line is cut after this many characters.
  static let taskLength = 80
  /// References a site shows; the rest are counted.
  static let referencesPerSite = 20
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
