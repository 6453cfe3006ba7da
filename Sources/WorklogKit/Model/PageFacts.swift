/// Where a page's language was read from.
public enum LanguageSource: String, Sendable, Codable, CaseIterable {
  /// A `.vi.md` / `.en.md` suffix.
  case suffix
  /// A `content/vi/` language folder.
  case folder
  /// The share of Vietnamese letters in the text (an unsuffixed page).
  case text
  /// An unsuffixed page of a site whose pages carry language suffixes: Hugo gives it the site's
  /// default language (`defaultContentLanguage`, else `en`).
  case siteDefault
}

/// A page's language and how it was decided.
public struct PageLanguage: Sendable, Hashable {
  /// `en` or `vi` (any other suffix is kept as written).
  public var code: String
  /// The heaviest evidence for `code`.
  public var source: LanguageSource
  /// Everything weighed; a suffix or a folder is certain.
  public var decision: Decision<String>

  public init(code: String, source: LanguageSource, decision: Decision<String>? = nil) {
    self.code = code
    self.source = source
    self.decision = decision ?? .certain(code, Evidence(kind: source.rawValue, supports: code, weight: 10))
  }
}

/// A place a week number was written.
public enum WeekSource: String, Sendable, Codable, CaseIterable {
  case path, title, heading, weight, pre

  /// The order sources are preferred in when their weights tie: the folder first, `weight` last.
  static let preference: [WeekSource] = [.path, .title, .heading, .pre, .weight]
}

/// One week number found in a page, where, and how much it counts.
public struct WeekEvidence: Sendable, Hashable {
  public var source: WeekSource
  public var value: Int
  /// Where in the file; nil for the path.
  public var range: SourceRange?
  /// How much it counts in the week decision.
  public var weight: Double
  /// Why it counts that much, when it is not the source's usual weight.
  public var note: String?

  public init(source: WeekSource, value: Int, range: SourceRange?, weight: Double? = nil, note: String? = nil) {
    self.source = source
    self.value = value
    self.range = range
    self.weight = weight ?? WeekNumber.weight(of: source)
    self.note = note
  }
}

/// A page's week number, the place it was mostly taken from, and every place that names one.
public struct WeekNumber: Sendable {
  /// The week, or nil when no source names one (or the page is not a week).
  public var number: Int?
  /// The heaviest source that names `number`.
  public var source: WeekSource?
  /// Every week number found, in source order.
  public var evidence: [WeekEvidence]
  /// The weighing that chose `number`; nil when there was nothing to weigh.
  public var decision: Decision<Int>?

  public init(number: Int?, source: WeekSource?, evidence: [WeekEvidence], decision: Decision<Int>? = nil) {
    self.number = number
    self.source = source
    self.evidence = evidence
    self.decision = decision
  }

  /// Where a finding about the decision points: the heaviest evidence for the week that has a
  /// range (nil when only the path names it).
  public var range: SourceRange? {
    guard let number else { return nil }
    return evidence.filter { $0.value == number && $0.range != nil }.max { $0.weight < $1.weight }?.range
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
  /// Anything else found under the worklog section (a README, a day's page inside a week's
  /// folder, a summary of the term).
  case other
}
