/// The settings that apply to a page: every field optional, nil when no file sets it.
///
/// ```json
/// { "rules": { "WL107": "off", "rows-out-of-order": "warning" },
///   "requiredKeys": ["title", "weight", "chapter", "pre"],
///   "requiredSections": ["objectives", "tasks"],
///   "languages": ["en", "vi"],
///   "dateOrder": "dayFirst",
///   "programStart": "2025-09-08",
///   "termWeeks": 12,
///   "displayName": "Lan Nguyen" }
/// ```
///
/// `ConfigurationFields` lists the keys; `ConfigurationCheck` reads a file against it, and
/// `ConfigurationResolver` lays the files that apply to a folder over each other, key by key.
public struct Configuration: Sendable, Codable, Equatable {
  /// Levels by rule code (a file may name a rule by its name; it is read as its code).
  public var rules: [String: RuleLevel]?
  /// Front matter keys every week page must have.
  public var requiredKeys: [String]?
  /// Sections every week page must have (`objectives`, `tasks`, `achievements`).
  public var requiredSections: [String]?
  /// Languages every week is expected in (`en`, `vi`).
  public var languages: [String]?
  /// The site's date order: `auto` (inferred per table), `dayFirst` or `monthFirst`.
  public var dateOrder: String?
  /// The Monday of week 1, `YYYY-MM-DD`; dates of week N are then expected in week N.
  public var programStart: String?
  /// The weeks in the term: no week after it is expected.
  public var termWeeks: Int?
  /// How `worklog new` writes the site's pages, over what it learns from them.
  public var conventions: ConventionSettings?
  /// The site's name in summaries and the report, instead of its folder's.
  public var displayName: String?

  public init(
    rules: [String: RuleLevel]? = nil, requiredKeys: [String]? = nil, languages: [String]? = nil,
    dateOrder: String? = nil, programStart: String? = nil, requiredSections: [String]? = nil, termWeeks: Int? = nil
  ) {
    self.rules = rules
    self.requiredKeys = requiredKeys
    self.languages = languages
    self.dateOrder = dateOrder
    self.programStart = programStart
    self.requiredSections = requiredSections
    self.termWeeks = termWeeks
  }

  /// The configuration the checked `settings` give.
  package init(settings: ConfigurationSettings) {
    let levels = settings.members(of: "rules").compactMapValues { setting -> RuleLevel? in
      guard case .string(let s) = setting.value.value else { return nil }
      return RuleLevel(rawValue: s)
    }
    self.init(
      rules: levels.isEmpty ? nil : levels, requiredKeys: settings.strings("requiredKeys"),
      languages: settings.strings("languages"), dateOrder: settings.string("dateOrder"),
      programStart: settings.string("programStart"), requiredSections: settings.strings("requiredSections"),
      termWeeks: settings.integer("termWeeks"))
    displayName = settings.string("displayName")
    conventions = settings.tree("conventions").flatMap {
      try? JSONNodeDecoder.decode(ConventionSettings.self, from: $0)
    }
  }

  public static let defaultRequiredKeys = ["title", "weight", "chapter", "pre"]

  public var effectiveRequiredKeys: [String] { requiredKeys ?? Configuration.defaultRequiredKeys }

  /// Whether week pages must have `section` (`objectives`, `tasks`, `achievements`): all three
  /// unless `requiredSections` says otherwise.
  public func requires(section: String) -> Bool { requiredSections?.contains(section) ?? true }

  /// The configured order, nil for `auto` or unset.
  public var fixedDateOrder: DateOrder? { dateOrder.flatMap(DateOrder.init(rawValue:)) }

  /// The Monday of week 1, when configured and a date.
  public var programStartDate: CalendarDate? { programStart.flatMap { CalendarDate.parseISO($0) } }

  /// Reads one configuration file's bytes (without what it extends); throws an error at the
  /// line and column of what is wrong.
  public static func decode(_ bytes: [UInt8], path: String) throws(ConfigurationError) -> Configuration {
    let checked = try ConfigurationCheck.check(SourceFile(path: path, bytes: bytes))
    return Configuration(settings: ConfigurationSettings().laying(checked.settings))
  }

  /// The top-level keys a configuration may have.
  public static var knownKeys: [String] { ConfigurationFields.topLevel.map(\.name) }

  /// The edit distance between two short strings, case ignored (`EditDistance.between`).
  static func editDistance(_ a: String, _ b: String) -> Int { EditDistance.between(a, b) }

  /// Reads and checks the configuration file at `path` and the files it extends (`--config`).
  public static func load(_ path: String, fileSystem: any FileSystem) throws(ConfigurationError) -> Configuration {
    Configuration(settings: try ConfigurationLoader(fileSystem: fileSystem).settings(ofFile: path).settings)
  }

  /// This configuration with `other`'s settings laid over it (command-line over file).
  public func merged(with other: Configuration) -> Configuration {
    var out = self
    if let r = other.rules { out.rules = (rules ?? [:]).merging(r) { _, new in new } }
    out.requiredKeys = other.requiredKeys ?? requiredKeys
    out.requiredSections = other.requiredSections ?? requiredSections
    out.languages = other.languages ?? languages
    out.dateOrder = other.dateOrder ?? dateOrder
    out.programStart = other.programStart ?? programStart
    out.termWeeks = other.termWeeks ?? termWeeks
    out.conventions = other.conventions ?? conventions
    out.displayName = other.displayName ?? displayName
    return out
  }
}
