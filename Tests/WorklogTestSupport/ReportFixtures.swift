@testable import WorklogKit

/// Small cohorts for the report's tests, written for them.
package enum ReportFixtures {
  /// Wednesday 2025-10-15, the harness's today.
  package static let today = CalendarDate(year: 2025, month: 10, day: 15)!

  /// The hostile strings a page may hold: a script, an attribute break-out, a `javascript:` link.
  package static let script = "<script>alert(1)</script>"
  package static let breakOut = "\"><img src=x onerror=alert(1)>"
  package static let javascriptURL = "javascript:alert(1)"

  /// Two sites: `alpha` with weeks 1 and 2 in full and week 3 missing; `beta__repo` with a
  /// week 1 whose task and reference are hostile, a week 2 left as the template and week 3 in
  /// full.
  package static let files: [String: String] = [
    SummaryFixtures.path("cohort/alpha", 1): SummaryFixtures.plainWeek(1, monday: SummaryFixtures.monday),
    SummaryFixtures.path("cohort/alpha", 2): SummaryFixtures.plainWeek(
      2, monday: SummaryFixtures.monday.adding(days: 7)),
    SummaryFixtures.path("cohort/alpha", 4): SummaryFixtures.plainWeek(
      4, monday: SummaryFixtures.monday.adding(days: 21)),
    SummaryFixtures.path("cohort/beta__repo", 1): SummaryFixtures.page(
      week: 1, objectives: ["Test \(script) the page"],
      rows: [
        SummaryFixtures.row("2", "Wrote \(script) here", "08/09/2025", "08/09/2025", "[click](\(javascriptURL))"),
        SummaryFixtures.row(
          "3", "Then \(breakOut) there", "09/09/2025", "09/09/2025", "[ok](https://example.com/a?b=1&c=2)"),
      ]),
    SummaryFixtures.path("cohort/beta__repo", 2): SummaryFixtures.page(
      week: 2, objectives: [""],
      rows: [
        SummaryFixtures.row("2", "Task 1", "", ""), SummaryFixtures.row("3", "Task 2", "", ""),
      ], achievements: [""]),
    SummaryFixtures.path("cohort/beta__repo", 3): SummaryFixtures.plainWeek(
      3, monday: SummaryFixtures.monday.adding(days: 14)),
  ]

  /// The cohort of `files`, summarised as `worklog summary` does (no findings).
  package static func cohort(_ files: [String: String] = files) -> CohortSummary {
    let options = SummaryOptions(today: today)
    let terms = SummaryFixtures.sites(files).flatMap { SummaryBuilder.terms(site: $0, findings: [], options: options) }
    return CohortSummary(sites: terms)
  }

  /// The page of `files`' cohort.
  package static func page(_ files: [String: String] = files) -> String {
    HTMLReport.document(cohort(files), today: today, version: "9.9.9")
  }
}
