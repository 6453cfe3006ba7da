/// The weeks of many sites as strips of one symbol per week (`●●●◐× ●●○··`), aligned so that
/// the same column is the same week in every row: the weeks are those of all the sites, in
/// groups of five, and `ruler` names the first week of each group.
struct WeekStrip {
  /// The weeks shown, ascending: every week any site shows.
  var weeks: [Int]
  /// ASCII stand-ins instead of the UTF-8 symbols.
  var ascii: Bool
  /// What stands for a week the site does not show (not expected, no page).
  var blank: String

  /// Weeks per group; a space separates the groups.
  static let group = 5

  /// The strip over the weeks of `sites`.
  init(_ sites: [TermSummary], ascii: Bool, blank: String = " ") {
    weeks = Set(sites.flatMap { $0.weeks.map(\.week) }).sorted()
    self.ascii = ascii
    self.blank = blank
  }

  /// The symbol of `state`, from `WeekStateLook`.
  func symbol(_ state: WeekState) -> String {
    let look = WeekStateLook.of(state)
    return ascii ? look.ascii : look.symbol
  }

  /// Whether some site lacks one of the weeks shown, so its strip has a blank.
  func hasBlanks(_ sites: [TermSummary]) -> Bool {
    sites.contains { $0.weeks.count < weeks.count }
  }

  /// `term`'s strip: its state for each week shown, `blank` where it has none.
  func strip(_ term: TermSummary) -> String {
    var states: [Int: WeekState] = [:]
    for w in term.weeks { states[w.week] = w.state }
    var out = ""
    for (i, week) in weeks.enumerated() {
      if i > 0 && i % WeekStrip.group == 0 { out += " " }
      out += states[week].map(symbol) ?? blank
    }
    return out
  }

  /// The week number of each group's first week, above it: `1    6    11`.
  var ruler: String {
    var columns: [Character] = []
    for start in stride(from: 0, to: weeks.count, by: WeekStrip.group) {
      let at = start + start / WeekStrip.group
      while columns.count < at { columns.append(" ") }
      // A label too long for its group pushes on; the next group's label still starts after it.
      if columns.count > at { columns.append(" ") }
      columns += Array(String(weeks[start]))
    }
    return String(columns)
  }

  /// `● ok`, `◐ partial`, …: every state, the best first.
  var entries: [String] {
    WeekState.allCases.reversed().map { "\(symbol($0)) \(WeekStateLook.of($0).label)" }
  }

  /// The legend as lines of at most `width` columns, never broken inside an entry:
  /// `Legend: ● ok, ◐ partial, …`.
  func legend(width: Int, blanks: Bool) -> [String] {
    var items = entries
    if blanks { items.append("blank: not one of the site's weeks") }
    var lines: [String] = []
    var line = "Legend:"
    for (i, item) in items.enumerated() {
      let piece = item + (i == items.count - 1 ? "" : ",")
      if WordWrap.width(line) + 1 + WordWrap.width(piece) > width {
        lines.append(line)
        line = "  " + piece
      } else {
        line += " " + piece
      }
    }
    lines.append(line)
    return lines
  }
}
