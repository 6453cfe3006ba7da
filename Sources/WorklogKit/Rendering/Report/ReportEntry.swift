/// One site of the report: its summary, its place (the anchors `s3`, `s3-w8`), the name shown,
/// and its weeks by number.
struct ReportEntry: Sendable {
  /// 1-based position in the cohort's order; the anchors are built from it.
  var index: Int
  var term: TermSummary
  /// The display name, with the language when the site is shown once per language.
  var name: String
  var weeks: [Int: WeekSummary]

  init(index: Int, term: TermSummary, perLanguage: Bool) {
    self.index = index
    self.term = term
    name = perLanguage ? "\(term.displayName) (\(term.languages.joined(separator: ", ")))" : term.displayName
    weeks = Dictionary(term.weeks.map { ($0.week, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// `s3`: the site's section.
  var anchor: String { "s\(index)" }

  /// `s3-w8`: week `n`'s detail in the site's section.
  func anchor(week n: Int) -> String { "s\(index)-w\(n)" }

  /// What the filter matches: the names, the folder and the states of the site's weeks.
  var filterText: String {
    let states = Set(term.weeks.map(\.state)).sorted().map { WeekStateLook.of($0).label }
    return ([name, term.site.name, term.site.root] + states).joined(separator: " ").lowercased()
  }

  /// Each task on one line (`Practice: create a VPC, add a subnet`), in order, empty ones
  /// left out.
  static func firstLines(_ week: WeekSummary) -> [String] {
    week.tasks.map { SummaryWording.oneLine($0.items) }.filter { !$0.isEmpty }
  }

  /// `text` cut to `limit` characters, with `…` when cut.
  static func clipped(_ text: String, _ limit: Int = 90) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
