/// `worklog status` as text: a short block per site, labels in a column, paths below the site.
public enum StatusText {
  /// The label column's width.
  static let labelWidth = 10

  /// One site's block, ending in a newline.
  public static func block(_ status: SiteStatus) -> String {
    var lines = [header(status)]
    func add(_ label: String, _ text: String) {
      lines.append("  " + label + String(repeating: " ", count: max(1, labelWidth - label.count)) + text)
    }
    add("today", today(status))
    if let latest = status.latestWeek, status.week.number > latest + 1 {
      add("latest", "week \(latest), \(status.week.number - latest) weeks before this one")
    }
    for page in status.pages { add(page.language, line(page, week: status.week)) }
    var findings = StatusWording.counts(status.findings)
    let here = status.pages.reduce(0) { $0 + $1.findings.error + $1.findings.warning + $1.findings.note }
    findings += " on the site" + (here > 0 ? " (\(here) on this week's pages)" : "")
    add("findings", findings)
    if let previous = status.previous { add("week \(previous.week)", previous.problems.joined(separator: "; ")) }
    if let next = status.next { add("next", next) }
    return lines.map(TerminalText.escaped).joined(separator: "\n") + "\n"
  }

  /// `site: week 6, mon 2025-10-13 to sun 2025-10-19 (from programStart 2025-09-08)`.
  static func header(_ status: SiteStatus) -> String {
    let root = status.site.root
    let name = root.isEmpty || root == "." ? status.site.name : root
    let week = status.week
    let source: String
    switch week.source {
    case .programStart: source = "from programStart"
    case .siteDates: source = "counted on from the task dates of week \(week.datedFrom ?? 0)"
    case .none:
      return "\(name): week \(week.number), not dated (no programStart and no task dates; the week after the highest)"
    }
    guard let monday = week.monday else { return "\(name): week \(week.number)" }
    if week.beforeStart { return "\(name): before week 1, which starts \(StatusWording.day(monday)) (\(source))" }
    return
      "\(name): week \(week.number), \(StatusWording.day(monday)) to \(StatusWording.day(monday.adding(days: 6))) (\(source))"
  }

  /// `wed 2025-10-15`, with a note on a weekend or before the start.
  static func today(_ status: SiteStatus) -> String {
    var text = StatusWording.day(status.today)
    if status.week.beforeStart, let monday = status.week.monday {
      text += ", \(StatusWording.plural(status.today.days(to: monday), "day")) before week 1"
    } else if !status.isWorkingDay {
      text += ", not a working day"
    }
    return text
  }

  /// One page's state.
  static func line(_ page: PageStatus, week: StatusWeek) -> String {
    guard let path = page.relativePath ?? page.path else { return "no page yet" }
    var parts: [String] = []
    if page.template {
      parts.append("not filled in yet")
    } else {
      let days = page.daysLogged.map(StatusWording.weekday).joined(separator: ", ")
      parts.append("\(StatusWording.plural(page.daysLogged.count, "day")) logged" + (days.isEmpty ? "" : " (\(days))"))
      if !page.daysMissing.isEmpty {
        parts.append("missing " + page.daysMissing.map(StatusWording.weekday).joined(separator: ", "))
      }
    }
    if page.placeholders > 0 {
      parts.append(
        "\(page.placeholders) \(page.placeholders == 1 ? "placeholder" : "placeholders") left from the template")
    }
    return "\(path): " + parts.joined(separator: "; ")
  }
}
