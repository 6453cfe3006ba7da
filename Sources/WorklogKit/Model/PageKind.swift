/// What a page is within its site.
public enum PageKind: String, Sendable, Codable {
  /// A week's worklog.
  case week
  /// The worklog section's own page (`1-Worklog/_index.md`).
  case overview
  /// One week's part of a page that holds the whole term.
  case termWeek
  /// Anything else found under the worklog section (a README, a day's page inside a week's
  /// folder, a summary of the term).
  case other
}
