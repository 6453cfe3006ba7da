/// One language's page of the week, as `worklog status` reports it.
public struct PageStatus: Sendable, Equatable {
  /// `en`, `vi`: the page's language for pairing twins.
  public var language: String
  /// The page's path as found; nil when the week has no page in this language.
  public var path: String?
  /// The path below the site's root, for text; nil with `path`.
  public var relativePath: String?
  /// ISO weekdays (1 = Monday) that have a written task, ascending.
  public var daysLogged: [Int]
  /// Working days (Monday to Friday) up to today that have no task, ascending; empty for a week
  /// not dated or not begun.
  public var daysMissing: [Int]
  /// No task is written on the page: it is still the template (or a new, empty page).
  public var template: Bool
  /// Placeholders left from the template: the notice not to copy the sample, `...` items,
  /// `Task 1` stand-ins, writing prompts, in lists and task cells.
  public var placeholders: Int
  /// The findings on this page.
  public var findings: FindingCounts

  /// Whether the page exists.
  public var exists: Bool { path != nil }

  /// The entry of a language without a page.
  static func missing(_ language: String) -> PageStatus {
    PageStatus(
      language: language, path: nil, relativePath: nil, daysLogged: [], daysMissing: [], template: false,
      placeholders: 0, findings: FindingCounts())
  }
}
