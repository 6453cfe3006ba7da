import Foundation

/// The settings of a `.worklog.json` file (every field optional).
///
/// ```json
/// { "rules": { "WL107": "off", "rows-out-of-order": "warning" },
///   "requiredKeys": ["title", "weight", "chapter", "pre"],
///   "languages": ["en", "vi"],
///   "dateOrder": "dayFirst",
///   "programStart": "2025-09-08" }
/// ```
public struct Configuration: Sendable, Codable, Equatable {
  /// Levels by rule code or name.
  public var rules: [String: RuleLevel]?
  /// Front matter keys every week page must have.
  public var requiredKeys: [String]?
  /// Languages every week is expected in (`en`, `vi`).
  public var languages: [String]?
  /// The site's date order: `auto` (inferred per table), `dayFirst` or `monthFirst`.
  public var dateOrder: String?
  /// The Monday of week 1, `YYYY-MM-DD`; dates of week N are then expected in week N.
  public var programStart: String?
  /// How `worklog new` writes the site's pages, over what it learns from them.
  public var conventions: ConventionSettings?

  public init(
    rules: [String: RuleLevel]? = nil, requiredKeys: [String]? = nil, languages: [String]? = nil,
    dateOrder: String? = nil, programStart: String? = nil
  ) {
    self.rules = rules
    self.requiredKeys = requiredKeys
    self.languages = languages
    self.dateOrder = dateOrder
    self.programStart = programStart
  }

  public static let defaultRequiredKeys = ["title", "weight", "chapter", "pre"]

  public var effectiveRequiredKeys: [String] { requiredKeys ?? Configuration.defaultRequiredKeys }

  /// The configured order, nil for `auto` or unset.
  public var fixedDateOrder: DateOrder? { dateOrder.flatMap(DateOrder.init(rawValue:)) }

  /// The Monday of week 1, when configured and a date.
  public var programStartDate: CalendarDate? { programStart.flatMap { CalendarDate.parseISO($0) } }

  /// Reads a configuration file's bytes; throws a message that names what is wrong.
  public static func decode(_ bytes: [UInt8], path: String) throws(ConfigurationError) -> Configuration {
    let config: Configuration
    do {
      config = try JSONDecoder().decode(Configuration.self, from: Data(bytes))
    } catch let DecodingError.dataCorrupted(context) {
      throw ConfigurationError(path: path, message: "not valid JSON: \(context.debugDescription)")
    } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
      throw ConfigurationError(
        path: path,
        message: "'\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)")
    } catch {
      throw ConfigurationError(path: path, message: "cannot be read: \(error)")
    }
    try checkKeys(bytes, path: path)
    if let order = config.dateOrder, !["auto", "dayFirst", "monthFirst"].contains(order) {
      throw ConfigurationError(path: path, message: "'dateOrder' must be auto, dayFirst or monthFirst, not '\(order)'")
    }
    if let start = config.programStart {
      guard let date = CalendarDate.parseISO(start), start.count == 10 else {
        throw ConfigurationError(
          path: path, message: "'programStart' must be a date written YYYY-MM-DD, not '\(start)'")
      }
      if date.weekday != 1 {
        throw ConfigurationError(path: path, message: "'programStart' must be a Monday; \(start) is not")
      }
    }
    return config
  }

  /// The top-level keys a configuration may have (`$schema` for editors).
  public static let knownKeys = ["rules", "requiredKeys", "languages", "dateOrder", "programStart", "conventions", "$schema"]

  /// Refuses a top-level key that is not a setting: a misspelt one would silently do nothing.
  static func checkKeys(_ bytes: [UInt8], path: String) throws(ConfigurationError) {
    let scan = ConfigurationScan(bytes)
    guard let unknown = scan.topLevelKeys.first(where: { !knownKeys.contains($0.key) }) else { return }
    let at = SourceFile(path: path, bytes: bytes).location(at: unknown.offset)
    let closest = knownKeys.dropLast().min { editDistance(unknown.key, $0) < editDistance(unknown.key, $1) } ?? "rules"
    throw ConfigurationError(
      path: path,
      message:
        "line \(at.line), column \(at.column): unknown key '\(Quote.cut(unknown.key))'; did you mean '\(closest)'? (keys: \(knownKeys.dropLast().joined(separator: ", ")))"
    )
  }

  /// The Levenshtein distance between two short strings, case ignored.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased().prefix(64))
    let y = Array(b.lowercased())
    var row = Array(0...y.count)
    for i in 1...max(1, x.count) where !x.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in 1...max(1, y.count) where !y.isEmpty {
        let old = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
        previous = old
      }
    }
    return x.isEmpty ? y.count : row[y.count]
  }

  /// Reads and checks the configuration file at `path`: a special file (a folder, a FIFO, a
  /// device, a link to nothing or a loop) is refused, and a FIFO is never opened.
  public static func load(_ path: String, fileSystem: any FileSystem) throws(ConfigurationError) -> Configuration {
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.read(path)
    } catch {
      let reason =
        error.reason == LocalFileSystem.tooLargeReason(for: "page")
        ? LocalFileSystem.tooLargeReason(for: "configuration") : error.reason
      throw ConfigurationError(path: path, message: reason)
    }
    return try decode(bytes, path: path)
  }

  /// This configuration with `other`'s settings laid over it (command-line over file).
  public func merged(with other: Configuration) -> Configuration {
    var out = self
    if let r = other.rules { out.rules = (rules ?? [:]).merging(r) { _, new in new } }
    out.requiredKeys = other.requiredKeys ?? requiredKeys
    out.languages = other.languages ?? languages
    out.dateOrder = other.dateOrder ?? dateOrder
    out.programStart = other.programStart ?? programStart
    out.conventions = other.conventions ?? conventions
    return out
  }
}
