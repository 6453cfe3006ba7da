/// A summary as GitHub-flavoured Markdown to paste into an issue or a pull request.
///
/// Text from pages is escaped (Markdown punctuation with backslashes, `|` in table cells), so
/// nothing in a worklog can add formatting, a link or raw HTML; the output itself uses no HTML.
/// Only `http` and `https` URLs become links.
public enum SummaryMarkdown {
  /// The Markdown of `cohort` at its level, ending in a newline. The strip is in UTF-8 symbols
  /// unless `style.ascii`; several sites' week (`--week N`) is a row per site first, the weeks
  /// in full only with `style.details`.
  public static func render(_ cohort: CohortSummary, style: SummaryStyle = SummaryStyle()) -> String {
    guard !cohort.sites.isEmpty else { return "No worklog sites found.\n" }
    var blocks: [String] = []
    switch cohort.level {
    case .week:
      let several = Set(cohort.sites.map(\.site.root)).count > 1
      if several { blocks.append(weekRows(cohort)) }
      if !several || style.details { blocks += cohort.sites.map { week($0, focus: cohort.focusWeek ?? 0) } }
    case .term: blocks = cohort.sites.map(term)
    case .cohort: blocks = [self.cohort(cohort, style: style)]
    }
    return blocks.joined(separator: "\n")
  }

  // MARK: Escaping

  /// `text` on one line with Markdown punctuation escaped, so it renders as written.
  static func escape(_ text: String) -> String {
    var out = ""
    let visible = SummaryWording.visible(text)
    for (i, c) in visible.enumerated() {
      switch c {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!": out += "\\" + String(c)
      case "+", "-", "=": out += (i == 0 ? "\\" : "") + String(c)
      default: out.append(c)
      }
    }
    // `1. text` at the start would become an ordered list.
    if let dot = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot > out.startIndex,
      out[dot] == "." || out[dot] == ")"
    {
      out.insert("\\", at: dot)
    }
    return out
  }

  /// A link to `url` when it is a web address, else the escaped title and address as text.
  static func link(_ ref: Reference) -> String {
    guard let url = ref.url else { return escape(ref.title) + " (no link)" }
    let lower = url.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
      return "\(escape(ref.title)) (\(escape(url)))"
    }
    return "[\(escape(ref.title))](\(destination(url)))"
  }

  /// A URL made safe as a link destination: characters that would end or break it are
  /// percent-encoded.
  static func destination(_ url: String) -> String {
    PercentEncoding.encode(url) { s in
      " ()<>|`\\".unicodeScalars.contains(s) || s.value < 0x20 || s.value == 0x7F
    }
  }

  /// A table: header, alignment row (`---:` for right-aligned columns), rows of escaped cells.
  static func table(_ header: [String], right: Set<Int> = [], _ rows: [[String]]) -> String {
    var out = "| " + header.joined(separator: " | ") + " |\n"
    out += "| " + header.indices.map { right.contains($0) ? "---:" : "---" }.joined(separator: " | ") + " |\n"
    for row in rows { out += "| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n" }
    return out
  }

  // MARK: Week

  static func week(_ term: TermSummary, focus: Int) -> String {
    guard let w = term.week(focus) else { return "" }
    var out = "## \(escape(term.site.name)): week \(w.week)\(w.language.map { " (\(escape($0)))" } ?? "")\n\n"
    if w.isPresent && w.status != .unreadable { out += "- **Title:** \(w.title.map(escape) ?? "(no title)")\n" }
    out += "- **Site:** \(escape(term.site.root))\n"
    if let path = w.path { out += "- **Page:** \(escape(SummaryWording.relative(path, to: term.site.root)))\n" }
    out += "- **Status:** \(SummaryText.describe(w.status))\n"
    out += "- **State:** \(escape(StateGroups.week(w)))\n"
    if w.isPresent && w.status != .unreadable {
      out +=
        "- **Dates:** \(SummaryWording.longRange(w.start, w.end) ?? "no task dates") (\(SummaryWording.count(w.days, "day")) logged)"
      out += (w.guesses.isEmpty ? "" : ", a guess: see Needs a look") + "\n"
      out += "- **Findings:** \(SummaryWording.findings(w.findings))\n"
      out += list("Objectives", w.objectives)
      if w.status == .ok {
        out += "\n### Tasks (\(w.taskCount))\n\n"
        out += table(
          ["Day", "Dates", "Task"],
          w.tasks.map { t in
            [
              escape(t.day ?? "-"), SummaryWording.compactRange(t.start, t.end) ?? "-",
              escape(SummaryWording.oneLine(t.items)),
            ]
          })
      }
      out += list("Achievements", w.achievements)
      if !w.references.isEmpty {
        out += "\n### References (\(w.references.count))\n\n"
        for ref in w.references { out += "- \(link(ref))\n" }
      }
    }
    out += needsALook(w.guesses)
    out += notes(w.notes + term.notes)
    return out
  }

  static func needsALook(_ items: [String]) -> String {
    guard !items.isEmpty else { return "" }
    return "\n### Needs a look\n\n" + items.map { "- \(escape($0))\n" }.joined()
  }

  static func list(_ heading: String, _ items: [SummaryItem]) -> String {
    var out = "\n### \(heading) (\(items.count))\n\n"
    if items.isEmpty { return out + "None.\n" }
    // The count is of top-level items; the tree is shown as a nested list, a group in bold.
    for item in items.flattened {
      let text = item.isGroup ? "**\(escape(item.text))**" : escape(item.text)
      out += String(repeating: "  ", count: item.level - 1) + "- \(text)\n"
    }
    return out
  }

  static func notes(_ notes: [String]) -> String {
    guard !notes.isEmpty else { return "" }
    return "\n### Notes\n\n" + notes.map { "- \(escape($0))\n" }.joined()
  }

  // MARK: Term

  static func term(_ term: TermSummary) -> String {
    var out = "## \(escape(term.site.name)) (\(SummaryWording.languages(term.languages)))\n\n"
    out += "Site: \(escape(term.site.root))\n\n"
    out += escape(StateGroups.sentence(term.expected.sentence)) + "\n\n"
    if term.weeks.isEmpty {
      out += "No weeks.\n"
    } else {
      out += table(
        ["Week", "Dates", "Days", "Tasks", "Objectives", "Achievements", "References", "Findings (E/W/N)", "State"],
        right: [0, 2, 3, 4, 5, 6],
        term.weeks.map { w in
          let read = w.isPresent && w.status != .unreadable
          func n(_ x: Int) -> String { read ? String(x) : "-" }
          return [
            String(w.week), SummaryText.datesCell(w), n(w.days), n(w.taskCount), n(w.objectives.count),
            n(w.achievements.count), n(w.references.count), read ? SummaryWording.findingsShort(w.findings) : "-",
            WeekStateLook.of(w.state).label,
          ]
        })
    }
    out += notes(term.notes + term.weeks.flatMap { w in w.notes.map { "week \(w.week): \($0)" } })
    let t = term.totals
    out += "\n### Totals\n\n"
    out += "- \(SummaryWording.count(t.weeksPresent, "week")) present, \(t.weeksMissing.count) missing\n"
    out += "- \(SummaryWording.count(t.tasks, "task")) over \(SummaryWording.count(t.days, "day")) logged\n"
    out += "- findings: \(SummaryWording.findings(t.findings))\n"
    out += "- last week: \(SummaryText.lastWeek(t))\n"
    out += "\n### Gaps\n\n"
    out += "- missing weeks: \(t.weeksMissing.isEmpty ? "none" : SummaryWording.weekList(t.weeksMissing))\n"
    out +=
      "- weeks without dates: \(t.weeksWithoutDates.isEmpty ? "none" : SummaryWording.weekList(t.weeksWithoutDates))\n"
    out +=
      "- overlapping weeks: \(t.overlaps.isEmpty ? "none" : t.overlaps.map { "\($0.first) and \($0.second)" }.joined(separator: ", "))\n"
    let guessed = SummaryText.guesses(term)
    if !guessed.isEmpty { out += "\nDates marked ? rest on a guess.\n" }
    out += needsALook(guessed + StateGroups.full(term))
    return out
  }

  // MARK: Cohort

  /// `text` as a code span (the strip and its ruler hold no backtick), spaces kept.
  static func code(_ text: String) -> String { "`" + text + "`" }

  static func cohort(_ cohort: CohortSummary, style: SummaryStyle) -> String {
    let siteCount = Set(cohort.sites.map(\.site.root)).count
    var out = "## Cohort: \(SummaryWording.count(siteCount, "site")), sorted by \(cohort.sort.rawValue)\n\n"
    let expected = StateGroups.expected(cohort.sites)
    if let common = expected.common { out += escape(StateGroups.sentence(common)) + "\n\n" }
    // A no-break space for a blank: a code span would trim a plain one at its ends.
    let strip = WeekStrip(cohort.sites, ascii: style.ascii, blank: "\u{00A0}")
    out += table(
      [
        "Site", "Language", "Weeks " + code(strip.ruler.replacingSpaces), "Missing", "Last week", "Last week's dates",
        "Findings (E/W/N)",
      ], right: [3, 4],
      cohort.sites.map { term in
        let t = term.totals
        return [
          escape(term.displayName), SummaryWording.languages(term.languages), code(strip.strip(term)),
          String(t.weeksMissing.count),
          t.lastWeek.map(String.init) ?? "-",
          t.lastWeek == nil ? "-" : SummaryWording.compactRange(t.lastWeekStart, t.lastWeekEnd) ?? "no dates",
          SummaryWording.findingsShort(t.findings),
        ]
      })
    var legend = strip.entries
    if strip.hasBlanks(cohort.sites) { legend.append("blank: not one of the site's weeks") }
    out +=
      "\nLegend: "
      + legend.map { entry in
        let (symbol, label) = (entry.prefix { $0 != " " }, entry.drop { $0 != " " }.dropFirst())
        return code(String(symbol)) + " " + String(label)
      }.joined(separator: ", ") + "\n"
    if !expected.others.isEmpty {
      out += "\n### Expected weeks\(expected.common == nil ? "" : " otherwise")\n\n"
      out += expected.others.map { "- \(escape($0))\n" }.joined()
    }
    let attention = cohort.sites.compactMap { term -> String? in
      let items = SummaryText.guesses(term) + StateGroups.brief(term) + SummaryText.attention(term)
      guard !items.isEmpty else { return nil }
      return
        "- **\(escape(term.displayName))** (\(SummaryWording.languages(term.languages))): \(items.map(escape).joined(separator: "; "))\n"
    }
    if !attention.isEmpty { out += "\n### Needs a look\n\n" + attention.joined() }
    return out
  }

  // MARK: One week over several sites

  /// The most columns of a first task in the table of a week over sites.
  static let firstTaskWidth = 60

  /// `--week N` over several sites: a row per site, then what needs a look.
  static func weekRows(_ cohort: CohortSummary) -> String {
    let focus = cohort.focusWeek ?? 0
    let siteCount = Set(cohort.sites.map(\.site.root)).count
    var out = "## Week \(focus): \(SummaryWording.count(siteCount, "site")), sorted by \(cohort.sort.rawValue)\n\n"
    var rows: [[String]] = []
    var attention: [String] = []
    for term in cohort.sites {
      guard let w = term.week(focus) else { continue }
      let read = w.isPresent && w.status != .unreadable
      rows.append([
        escape(term.displayName), w.language ?? SummaryWording.languages(term.languages),
        WeekStateLook.of(w.state).label, read ? String(w.days) : "-", read ? String(w.taskCount) : "-",
        w.tasks.first?.items.first.map { escape(TextTable.truncated($0.text, width: firstTaskWidth)) } ?? "-",
      ])
      let items = (w.state.needsALook ? [StateGroups.week(w)] : []) + w.guesses
      if !items.isEmpty {
        attention.append(
          "- **\(escape(term.displayName))**\(w.language.map { " (\(escape($0)))" } ?? ""): \(items.map(escape).joined(separator: "; "))\n"
        )
      }
    }
    out += table(["Site", "Language", "State", "Days", "Tasks", "First task"], right: [3, 4], rows)
    if !attention.isEmpty { out += "\n### Needs a look\n\n" + attention.joined() }
    return out
  }
}

extension String {
  /// The text with runs of spaces kept by a code span in a table cell: no-break spaces.
  fileprivate var replacingSpaces: String { String(map { $0 == " " ? "\u{00A0}" : $0 }) }
}
