/// A summary as CSV (RFC 4180, CRLF line ends, a header row): one record per site per week, in
/// the cohort's order and weeks ascending, for a spreadsheet. Fields are escaped by `CSVField`;
/// `docs/summary-json.md` describes the columns.
public enum SummaryCSV {
  /// The header row's column names, in order.
  public static let columns = [
    "site", "folder", "path", "languages", "week", "state", "reasons", "status", "start", "end", "days", "tasks",
    "firstTask", "objectives", "achievements", "references", "errors", "warnings", "notes", "page",
  ]

  /// The CSV text for `cohort`: the header, then a record per site and week.
  public static func render(_ cohort: CohortSummary) -> String {
    var out = CSVField.record(columns)
    for term in cohort.sites {
      for week in term.weeks { out += CSVField.record(fields(term, week)) }
    }
    return out
  }

  /// The fields of `week` of `term`, in the order of `columns`.
  static func fields(_ term: TermSummary, _ week: WeekSummary) -> [String] {
    let firstTask = week.tasks.first.map { String($0.text.prefix { $0 != "\n" && $0 != "\r\n" }) } ?? ""
    return [
      term.displayName, term.site.name, term.site.root, term.languages.joined(separator: "+"), String(week.week),
      week.state.rawValue, week.reasons.map(\.text).joined(separator: "; "), week.status.rawValue,
      week.start?.description ?? "", week.end?.description ?? "", String(week.days), String(week.taskCount),
      firstTask, String(week.objectives.count), String(week.achievements.count), String(week.references.count),
      String(week.findings.error), String(week.findings.warning), String(week.findings.note), week.path ?? "",
    ]
  }
}
