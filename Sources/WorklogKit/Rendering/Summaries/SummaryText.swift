/// A summary as plain text for a terminal: every line fits the width (80 columns by default)
/// and no control character from a page is written raw.
public enum SummaryText {
  /// The text of `cohort` at its level: one week in full per site, a term's week rows, or a
  /// cohort's site rows.
  /// Several sites' week (`--week N`) is a row per site first, the weeks in full only with
  /// `style.details`.
  public static func render(_ cohort: CohortSummary, width: Int = 80, style: SummaryStyle = SummaryStyle()) -> String {
    guard !cohort.sites.isEmpty else { return "No worklog sites found.\n" }
    var r = Writer(width: width)
    switch cohort.level {
    case .week:
      let several = Set(cohort.sites.map(\.site.root)).count > 1
      if several { weekRows(cohort, into: &r) }
      guard !several || style.details else { break }
      for (i, term) in cohort.sites.enumerated() {
        if i > 0 || several { r.blank() }
        week(term, focus: cohort.focusWeek ?? 0, into: &r)
      }
    case .term:
      for (i, term) in cohort.sites.enumerated() {
        if i > 0 { r.blank() }
        self.term(term, into: &r)
      }
    case .cohort:
      self.cohort(cohort, style: style, into: &r)
    }
    return r.text
  }

  /// Lines of text, each wrapped to the width.
  struct Writer {
    var width: Int
    var text = ""

    mutating func line(_ s: String = "") {
      for l in WordWrap.wrap(s, width: width) { text += l + "\n" }
    }

    mutating func blank() { text += "\n" }

    /// A title underlined with `=`.
    mutating func title(_ s: String) {
      let lines = WordWrap.wrap(SummaryWording.visible(s), width: width)
      for l in lines { text += l + "\n" }
      text += String(repeating: "=", count: lines.map { WordWrap.width($0) }.max() ?? 0) + "\n"
    }

    /// `Label     value`, the value wrapped under itself.
    mutating func field(_ label: String, _ value: String) {
      let labelWidth = 10
      let lines = WordWrap.wrap(value, width: width - labelWidth - 2)
      for (i, l) in lines.enumerated() {
        let head =
          i == 0
          ? label + String(repeating: " ", count: max(0, labelWidth - label.count))
          : String(repeating: " ", count: labelWidth)
        text += (head + "  " + l).trailingSpacesRemoved + "\n"
      }
    }

    /// `  - item`, continuation lines under the item's text; deeper levels indent further.
    mutating func bullet(_ s: String, level: Int = 1, marker: String = "-") {
      let indent = 2 * level
      let lines = WordWrap.wrap(s, width: width - indent - marker.count - 1)
      for (i, l) in lines.enumerated() {
        let head =
          String(repeating: " ", count: indent)
          + (i == 0 ? marker + " " : String(repeating: " ", count: marker.count + 1))
        text += (head + l).trailingSpacesRemoved + "\n"
      }
    }

    mutating func section(_ heading: String) {
      blank()
      text += heading + "\n"
    }

    mutating func table(_ t: TextTable) { text += t.render(width: width) }
  }

  // MARK: Week

  static func week(_ term: TermSummary, focus: Int, into r: inout Writer) {
    let v = SummaryWording.visible
    guard let w = term.week(focus) else { return }
    r.title("\(term.site.name): week \(w.week)\(w.language.map { " (\($0))" } ?? "")")
    let read = w.isPresent && w.status != .unreadable
    if read { r.field("Title", w.title.map(v) ?? "(no title)") }
    r.field("Site", v(term.site.root))
    if let path = w.path { r.field("Page", v(SummaryWording.relative(path, to: term.site.root))) }
    r.field("Status", describe(w.status))
    r.field("State", StateGroups.week(w))
    if read {
      r.field(
        "Dates",
        (SummaryWording.longRange(w.start, w.end) ?? "no task dates")
          + (w.guesses.isEmpty ? "" : " (a guess: see Needs a look)"))
      r.field("Days", "\(SummaryWording.count(w.days, "day")) logged")
      r.field("Findings", SummaryWording.findings(w.findings))
      list("Objectives", w.objectives, into: &r)
      tasks(w, into: &r)
      list("Achievements", w.achievements, into: &r)
      if !w.references.isEmpty {
        r.section("References (\(w.references.count))")
        for ref in w.references {
          r.bullet(ref.url.map { v(ref.title) + "\n" + v($0) } ?? v(ref.title) + " (no link)")
        }
      }
    }
    needsALook(w.guesses, into: &r)
    notes(w.notes + term.notes, into: &r)
  }

  static func needsALook(_ items: [String], into r: inout Writer) {
    guard !items.isEmpty else { return }
    r.section("Needs a look")
    for item in items { r.bullet(SummaryWording.visible(item)) }
  }

  /// The weeks whose dates rest on a guess, a line each: `week 3: reading these dates … is a guess`.
  static func guesses(_ term: TermSummary) -> [String] {
    term.weeks.flatMap { w in w.guesses.map { "week \(w.week): \($0)" } }
  }

  /// A week's dates in a table row, with `?` when they rest on a guess.
  static func datesCell(_ w: WeekSummary) -> String {
    (SummaryWording.compactRange(w.start, w.end) ?? "-") + (w.guesses.isEmpty ? "" : "?")
  }

  static func list(_ heading: String, _ items: [SummaryItem], into r: inout Writer) {
    r.section("\(heading) (\(items.count))")
    if items.isEmpty { r.line("  none") }
    // The count is of top-level items; the tree is shown indented, a group as its sub-heading.
    for item in items.flattened {
      if item.isGroup {
        r.line(String(repeating: "  ", count: item.level) + SummaryWording.visible(item.text))
      } else {
        r.bullet(SummaryWording.visible(item.text), level: item.level)
      }
    }
  }

  static func tasks(_ w: WeekSummary, into r: inout Writer) {
    guard w.status == .ok else { return }
    r.section("Tasks (\(w.taskCount))")
    var table = TextTable(
      [.init("Day", minWidth: 5), .init("Dates", minWidth: 10), .init("Task", minWidth: 20)], indent: 2)
    table.spacedWhenWrapped = true
    for t in w.tasks {
      let text = t.items.map { String(repeating: "  ", count: max(0, $0.level - 1)) + SummaryWording.visible($0.text) }
      table.append([
        SummaryWording.visible(t.day ?? "-"), SummaryWording.compactRange(t.start, t.end) ?? "-",
        text.joined(separator: "\n"),
      ])
    }
    r.table(table)
  }

  static func notes(_ notes: [String], into r: inout Writer) {
    guard !notes.isEmpty else { return }
    r.section("Notes")
    for n in notes { r.bullet(SummaryWording.visible(n)) }
  }

  static func describe(_ status: WeekStatus) -> String {
    switch status {
    case .ok: return "ok"
    case .noTable: return "no task table"
    case .notFilledIn: return "not filled in yet"
    case .unreadable: return "page cannot be read"
    case .missing: return "missing: no page for this week"
    }
  }

  // MARK: Term

  static func term(_ term: TermSummary, into r: inout Writer) {
    r.title("\(term.site.name) (\(SummaryWording.languages(term.languages)))")
    r.field("Site", SummaryWording.visible(term.site.root))
    r.blank()
    var table = TextTable([
      .init("Week", .right), .init("Dates", minWidth: 10), .init("Days", .right), .init("Tasks", .right),
      .init("Obj", .right),
      .init("Ach", .right), .init("Refs", .right), .init("Findings"), .init("State", minWidth: 7, truncates: true),
    ])
    for w in term.weeks {
      let read = w.isPresent && w.status != .unreadable
      func n(_ x: Int) -> String { read ? String(x) : "-" }
      table.append([
        String(w.week), datesCell(w), n(w.days), n(w.taskCount), n(w.objectives.count),
        n(w.achievements.count), n(w.references.count), read ? SummaryWording.findingsShort(w.findings) : "-",
        WeekStateLook.of(w.state).label,
      ])
    }
    r.line(StateGroups.sentence(term.expected.sentence))
    r.blank()
    if term.weeks.isEmpty { r.line("No weeks.") } else { r.table(table) }
    r.blank()
    r.line(
      "Findings are errors/warnings/notes; Obj, Ach and Refs count objectives, achievements and unique references.")
    let guessed = guesses(term)
    if !guessed.isEmpty { r.line("Dates marked ? rest on a guess; see Needs a look.") }
    let weekNotes = term.weeks.flatMap { w in w.notes.map { "week \(w.week): \($0)" } }
    notes(term.notes + weekNotes, into: &r)
    let t = term.totals
    r.section("Totals")
    r.bullet("\(SummaryWording.count(t.weeksPresent, "week")) present, \(t.weeksMissing.count) missing")
    r.bullet("\(SummaryWording.count(t.tasks, "task")) over \(SummaryWording.count(t.days, "day")) logged")
    r.bullet("findings: \(SummaryWording.findings(t.findings))")
    r.bullet("last week: " + lastWeek(t))
    r.section("Gaps")
    r.bullet("missing weeks: " + (t.weeksMissing.isEmpty ? "none" : SummaryWording.weekList(t.weeksMissing)))
    r.bullet(
      "weeks without dates: " + (t.weeksWithoutDates.isEmpty ? "none" : SummaryWording.weekList(t.weeksWithoutDates)))
    r.bullet(
      "overlapping weeks: "
        + (t.overlaps.isEmpty ? "none" : t.overlaps.map { "\($0.first) and \($0.second)" }.joined(separator: ", ")))
    needsALook(guessed + StateGroups.full(term), into: &r)
  }

  static func lastWeek(_ t: TermTotals) -> String {
    guard let last = t.lastWeek else { return "none" }
    return "\(last) (\(SummaryWording.longRange(t.lastWeekStart, t.lastWeekEnd) ?? "no dates"))"
  }

  // MARK: Cohort

  static func cohort(_ cohort: CohortSummary, style: SummaryStyle, into r: inout Writer) {
    let siteCount = Set(cohort.sites.map(\.site.root)).count
    // One language for every site is said in the title, and its column left out.
    let languages = Set(cohort.sites.map { SummaryWording.languages($0.languages) })
    let oneLanguage = languages.count == 1 ? languages.first : nil
    r.title(
      "Cohort: \(SummaryWording.count(siteCount, "site"))\(oneLanguage.map { " (\($0))" } ?? ""), sorted by \(cohort.sort.rawValue)"
    )
    r.blank()
    let expected = StateGroups.expected(cohort.sites)
    if let common = expected.common {
      r.line(StateGroups.sentence(common))
      r.blank()
    }
    let strip = WeekStrip(cohort.sites, ascii: style.ascii)
    let stripWidth = max(
      WordWrap.width(strip.ruler), strip.weeks.count + max(0, strip.weeks.count - 1) / WeekStrip.group)
    var columns: [TextTable.Column] = [
      .init("Site", minWidth: 8, truncates: true), .init("Lang"),
      .init("Weeks\n" + strip.ruler, minWidth: stripWidth, truncates: true),
      .init("Missing", .right), .init("Last", .right), .init("Last dates", minWidth: 17, truncates: true),
      .init("Findings"),
    ]
    if oneLanguage != nil { columns.remove(at: 1) }
    var table = TextTable(columns)
    for term in cohort.sites {
      let t = term.totals
      var row = [
        SummaryWording.visible(term.displayName), SummaryWording.languages(term.languages), strip.strip(term),
        String(t.weeksMissing.count),
        t.lastWeek.map(String.init) ?? "-",
        t.lastWeek == nil ? "-" : SummaryWording.compactRange(t.lastWeekStart, t.lastWeekEnd) ?? "no dates",
        SummaryWording.findingsShort(t.findings),
      ]
      if oneLanguage != nil { row.remove(at: 1) }
      table.append(row)
    }
    r.table(table)
    for line in strip.legend(width: r.width, blanks: strip.hasBlanks(cohort.sites)) { r.line(line) }
    r.blank()
    r.line(
      "Missing counts the expected weeks without a page; Findings are errors/warnings/notes on every page shown.")
    if !expected.others.isEmpty {
      r.section(expected.common == nil ? "Expected weeks" : "Expected weeks otherwise")
      for e in expected.others { r.bullet(SummaryWording.visible(e)) }
    }
    let attention = cohort.sites.compactMap { term -> String? in
      // A guess first: the dates it rests on place the weeks judged after it.
      let items = guesses(term) + StateGroups.brief(term) + SummaryText.attention(term)
      guard !items.isEmpty else { return nil }
      return "\(term.displayName) (\(SummaryWording.languages(term.languages))): " + items.joined(separator: "; ")
    }
    if !attention.isEmpty {
      r.section("Needs a look")
      for a in attention { r.bullet(SummaryWording.visible(a)) }
    }
  }

  // MARK: One week over several sites

  /// The most columns of a site's name in the table of a week over sites.
  static let siteWidth = 16

  /// `--week N` over several sites: a row per site (state, days, tasks, the first line of the
  /// first task), then what needs a look.
  static func weekRows(_ cohort: CohortSummary, into r: inout Writer) {
    let focus = cohort.focusWeek ?? 0
    let siteCount = Set(cohort.sites.map(\.site.root)).count
    let languages = Set(cohort.sites.map { $0.week(focus)?.language ?? SummaryWording.languages($0.languages) })
    let oneLanguage = languages.count == 1 ? languages.first : nil
    r.title(
      "Week \(focus): \(SummaryWording.count(siteCount, "site"))\(oneLanguage.map { " (\($0))" } ?? ""), sorted by \(cohort.sort.rawValue)"
    )
    r.blank()
    var columns: [TextTable.Column] = [
      .init("Site", minWidth: 8, truncates: true), .init("Lang"), .init("State", minWidth: 15, truncates: true),
      .init("Days", .right), .init("Tasks", .right), .init("First task", minWidth: 10, truncates: true),
    ]
    if oneLanguage != nil { columns.remove(at: 1) }
    var table = TextTable(columns)
    var attention: [String] = []
    for term in cohort.sites {
      guard let w = term.week(focus) else { continue }
      let read = w.isPresent && w.status != .unreadable
      let first = w.tasks.first?.items.first.map { SummaryWording.visible($0.text) } ?? "-"
      // The name gives way to the task first.
      var row = [
        TextTable.truncated(SummaryWording.visible(term.displayName), width: siteWidth),
        w.language ?? SummaryWording.languages(term.languages),
        WeekStateLook.of(w.state).label, read ? String(w.days) : "-", read ? String(w.taskCount) : "-", first,
      ]
      if oneLanguage != nil { row.remove(at: 1) }
      table.append(row)
      let items = (w.state.needsALook ? [StateGroups.week(w)] : []) + w.guesses
      if !items.isEmpty {
        attention.append(
          term.displayName + (w.language.map { " (\($0))" } ?? "") + ": " + items.joined(separator: "; "))
      }
    }
    r.table(table)
    r.blank()
    r.line("Days counts the days logged; First task is the first line of the week's first task.")
    if !attention.isEmpty {
      r.section("Needs a look")
      for a in attention { r.bullet(SummaryWording.visible(a)) }
    }
  }

  /// What a mentor should look at in a site beyond its row and its weeks' states (`StateGroups`):
  /// weeks otherwise ok without dates, overlapping weeks, pages placed in no week.
  static func attention(_ term: TermSummary) -> [String] {
    var items: [String] = []
    // Unreadable pages and missing tables are told by the week's state; only dates are left.
    let undated = term.totals.weeksWithoutDates.filter { n in
      term.week(n).map { $0.status == .ok && $0.state == .ok } ?? false
    }
    if !undated.isEmpty { items.append("no task dates in \(StateGroups.weeks(undated))") }
    if !term.totals.overlaps.isEmpty {
      items.append(
        "overlapping weeks " + term.totals.overlaps.map { "\($0.first)/\($0.second)" }.joined(separator: ", "))
    }
    return items + term.notes
  }
}

extension String {
  var trailingSpacesRemoved: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
