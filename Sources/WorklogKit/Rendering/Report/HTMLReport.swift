/// `worklog report`: the cohort as one self-contained HTML page. Inline CSS and SVG, no
/// request to anywhere (a Content-Security-Policy forbids it), readable without its small
/// script: a header with the calendar, counts and legend; the heatmap of sites by weeks; a
/// section per site; a section per week.
///
/// It renders the same `CohortSummary` as `summary --format json`. Every value from a page is
/// escaped (`HTMLEscape`); only `http:` and `https:` URLs become links.
public enum HTMLReport {
  /// The policy in the page: nothing may be loaded, only the inline style and script run, and
  /// images only from `data:`.
  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

  /// The page for `cohort`, generated on `today` by worklog `version`.
  public static func document(_ cohort: CohortSummary, today: CalendarDate, version: String) -> String {
    let roots = Dictionary(grouping: cohort.sites, by: \.site.root)
    let entries = cohort.sites.enumerated().map { i, term in
      ReportEntry(index: i + 1, term: term, perLanguage: (roots[term.site.root]?.count ?? 0) > 1)
    }
    let weeks = Set(cohort.sites.flatMap { $0.weeks.map(\.week) }).sorted()
    let sentences = Set(cohort.sites.map(\.expected.sentence))
    let shared = sentences.count == 1 ? sentences.first : nil
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="worklog \(HTMLEscape.text(version))">
      <link rel="icon" href="data:,">
      <title>Worklog report, \(today)</title>
      <style>
      \(ReportStyle.css)</style>
      </head>
      <body>

      """
    out += header(entries, today: today, version: version, expected: shared)
    out += "<main>\n"
    out += ReportHeatmap.html(entries, weeks: weeks)
    out += "<h2 id=\"sites\">Sites</h2>\n"
    for entry in entries { out += ReportSite.html(entry, sharedExpected: shared != nil) }
    out += "<h2 id=\"weeks\" class=\"site\">Weeks</h2>\n<p class=\"weeks\">What every site did in week "
    out += weeks.map { "<a href=\"#w\($0)\">\($0)</a>" }.joined(separator: " ") + "</p>\n"
    for n in weeks { out += ReportWeek.html(n, entries) }
    out += "</main>\n<script>\n\(ReportScript.javascript)\n</script>\n</body>\n</html>\n"
    return out
  }

  /// The header: title, date, version, expected weeks, counts, legend and the navigation.
  static func header(_ entries: [ReportEntry], today: CalendarDate, version: String, expected: String?) -> String {
    var states: [WeekState: Int] = [:]
    for e in entries {
      for (s, n) in e.term.totals.states { states[s, default: 0] += n }
    }
    let sites = Set(entries.map(\.term.site.root)).count
    var out = "<header>\n<h1>Worklog report</h1>\n"
    out +=
      "<p>Generated \(today) by worklog \(HTMLEscape.text(version)). \(SummaryWording.count(sites, "site"))\(entries.count != sites ? " (\(entries.count) views, one per language)" : "").</p>\n"
    if let expected {
      out += "<p>Program calendar: \(HTMLEscape.text(expected)).</p>\n"
    } else if !entries.isEmpty {
      out += "<p>Program calendar: the expected weeks differ between sites; each site's section says which.</p>\n"
    }
    out += "<h2>Weeks by state</h2>\n<ul class=\"counts\">"
    for state in WeekState.allCases {
      out += "<li>\(ReportCells.state(state)): \(states[state] ?? 0)</li>"
    }
    out += "</ul>\n<h2>Legend</h2>\n<ul class=\"legend\">"
    for state in WeekState.allCases {
      let look = WeekStateLook.of(state)
      out +=
        "<li><span class=\"s \(ReportStyle.stateClass(state))\" aria-hidden=\"true\">\(look.letter)</span><strong>\(look.label)</strong>: \(HTMLEscape.text(look.meaning))</li>"
    }
    out += "</ul>\n"
    out += "<nav><a href=\"#heatmap\">Weeks by site</a><a href=\"#sites\">Sites</a><a href=\"#weeks\">Weeks</a>"
    out += "</nav>\n</header>\n"
    return out
  }
}
