/// Where a page's language was read from.
public enum LanguageSource: String, Sendable, Codable {
  /// A `.vi.md` / `.en.md` suffix.
  case suffix
  /// A `content/vi/` language folder.
  case folder
  /// The share of Vietnamese letters in the text (an unsuffixed page).
  case text
}

/// A page's language and how it was decided.
public struct PageLanguage: Sendable, Hashable, Codable {
  /// `en` or `vi` (any other suffix is kept as written).
  public var code: String
  public var source: LanguageSource
}

/// A place a week number was written.
public enum WeekSource: String, Sendable, Codable, CaseIterable {
  case path, title, heading, weight, pre
}

/// One week number found in a page, where, and the text it came from.
public struct WeekEvidence: Sendable, Hashable {
  public var source: WeekSource
  public var value: Int
  /// Where in the file; nil for the path.
  public var range: SourceRange?
}

/// A page's week number, the place it was taken from, and every other place that names one.
public struct WeekNumber: Sendable {
  /// The week, or nil when no source names one.
  public var number: Int?
  /// The source `number` came from: the path first, then title, heading, `pre`, `weight`.
  public var source: WeekSource?
  /// Every week number found, in source order.
  public var evidence: [WeekEvidence]

  /// The week from the most trusted source present.
  static func decide(_ evidence: [WeekEvidence]) -> WeekNumber {
    // `weight` last: templates leave `weight: 1` on every page.
    for source in [WeekSource.path, .title, .heading, .pre, .weight] {
      if let e = evidence.first(where: { $0.source == source }) {
        return WeekNumber(number: e.value, source: source, evidence: evidence)
      }
    }
    return WeekNumber(number: nil, source: nil, evidence: evidence)
  }
}

/// What a page is within its site.
public enum PageKind: String, Sendable, Codable {
  /// A week's worklog.
  case week
  /// The worklog section's own page (`1-Worklog/_index.md`).
  case overview
  /// One week's part of a page that holds the whole term.
  case termWeek
  /// Anything else found under the worklog section (a README, a stray page).
  case other
}
