/// The heatmap: a table of sites by weeks, each cell a week's state as its letter on its colour,
/// linking to the week's detail, with the site's days and findings at the end of the row.
enum ReportHeatmap {
  /// The table of `entries` over `weeks` (every week any site shows), with the filter above it.
  static func html(_ entries: [ReportEntry], weeks: [Int]) -> String {
    var out = """
      <section id="heatmap"><h2>Weeks by site</h2>
      <p id="controls" hidden><label for="filter">Filter sites by name or state </label><input id="filter" type="search" placeholder="e.g. an, template, missing" autocomplete="off"> <span id="shown" aria-live="polite"></span></p>
      <p>One row per site, one column per week: each cell is the week's state, as its letter on its colour, and links to the week's detail. The last columns are the days logged and the findings (errors/warnings/notes).</p>
      <div class="scroll"><table id="grid" class="grid">
      <caption>The state of each week, by site</caption>
      <thead><tr><th scope="col" data-t="site">Site</th>
      """
    for n in weeks { out += "<th scope=\"col\" data-t=\"week \(n)\">\(n)</th>" }
    out +=
      "<th scope=\"col\" data-t=\"days logged\">Days</th><th scope=\"col\" data-t=\"findings\">Findings</th></tr></thead>\n<tbody>\n"
    for entry in entries { out += row(entry, weeks: weeks) }
    return out + "</tbody></table></div></section>\n"
  }

  /// One site's row.
  static func row(_ entry: ReportEntry, weeks: [Int]) -> String {
    var out =
      "<tr id=\"r\(entry.index)\" data-f=\"\(HTMLEscape.text(entry.filterText))\"><th scope=\"row\"><a href=\"#\(entry.anchor)\" title=\"\(HTMLEscape.text(entry.term.site.root))\">\(HTMLEscape.text(entry.name))</a></th>"
    for n in weeks {
      guard let week = entry.weeks[n] else {
        // A week this site does not show (another site's week): the column header says which.
        out += "<td class=\"n\">–</td>"
        continue
      }
      let look = WeekStateLook.of(week.state)
      out +=
        "<td class=\"\(ReportStyle.stateClass(week.state))\"><a href=\"#\(entry.anchor(week: n))\" aria-label=\"\(HTMLEscape.text(ReportCells.label(week)))\">\(look.letter)</a></td>"
    }
    let totals = entry.term.totals
    let f = totals.findings
    out +=
      "<td class=\"c\" data-v=\"\(totals.days)\">\(totals.days)</td><td class=\"c\" data-v=\"\(f.error * 1_000_000 + f.warning * 1000 + f.note)\" title=\"\(SummaryWording.findings(f))\">\(f.error)/\(f.warning)/\(f.note)</td></tr>\n"
    return out
  }
}
