import Foundation

/// A rule's level as configuration sets it.
public enum RuleLevel: String, Sendable, Codable {
  case off, note, warning, error

  /// The severity, or nil for `off`.
  public var severity: Severity? { self == .off ? nil : Severity(rawValue: rawValue) }
}

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
      throw ConfigurationError(path: path, message: "'\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)")
    } catch {
      throw ConfigurationError(path: path, message: "cannot be read: \(error)")
    }
    if let order = config.dateOrder, !["auto", "dayFirst", "monthFirst"].contains(order) {
      throw ConfigurationError(path: path, message: "'dateOrder' must be auto, dayFirst or monthFirst, not '\(order)'")
    }
    if let start = config.programStart {
      guard let date = CalendarDate.parseISO(start), start.count == 10 else {
        throw ConfigurationError(path: path, message: "'programStart' must be a date written YYYY-MM-DD, not '\(start)'")
      }
      if date.weekday != 1 {
        throw ConfigurationError(path: path, message: "'programStart' must be a Monday; \(start) is not")
      }
    }
    return config
  }

  /// This configuration with `other`'s settings laid over it (command-line over file).
  public func merged(with other: Configuration) -> Configuration {
    var out = self
    if let r = other.rules { out.rules = (rules ?? [:]).merging(r) { _, new in new } }
    out.requiredKeys = other.requiredKeys ?? requiredKeys
    out.languages = other.languages ?? languages
    out.dateOrder = other.dateOrder ?? dateOrder
    out.programStart = other.programStart ?? programStart
    return out
  }
}

/// A configuration file that cannot be used; the run stops with exit status 2.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var message: String
  public var description: String { "\(path): \(message)" }
}

/// Finds the `.worklog.json` that applies to each page by walking up from its folder, caching
/// what it learns per folder.
public final class ConfigurationResolver: @unchecked Sendable {
  private let fileSystem: any FileSystem
  private var cache: [String: (path: String, configuration: Configuration)?] = [:]
  private let lock = Mutex()

  public init(fileSystem: any FileSystem) {
    self.fileSystem = fileSystem
  }

  /// The nearest configuration file above `pagePath` and its contents, or nil.
  public func configuration(for pagePath: String) throws(ConfigurationError) -> (path: String, configuration: Configuration)? {
    var folder = parent(of: pagePath)
    var visited: [String] = []
    var found: (path: String, configuration: Configuration)?
    while true {
      if let cached = lock.locked({ cache[folder] }) {
        found = cached
        break
      }
      visited.append(folder)
      let candidate = folder == "." ? ".worklog.json" : (folder.hasSuffix("/") ? folder : folder + "/") + ".worklog.json"
      if fileSystem.kind(of: candidate) == .file {
        let bytes: [UInt8]
        do { bytes = try fileSystem.read(candidate) } catch { throw ConfigurationError(path: candidate, message: error.reason) }
        found = (candidate, try Configuration.decode(bytes, path: candidate))
        break
      }
      let up = parent(of: folder)
      if up == folder { break }
      folder = up
    }
    lock.locked { for f in visited { cache[f] = found } }
    return found
  }

  private func parent(of path: String) -> String {
    if path == "/" { return "/" }
    if path == "." || path.isEmpty { return absoluteParentOfCurrent() }
    var p = path
    while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
    guard let slash = p.lastIndex(of: "/") else { return "." }
    if slash == p.startIndex { return "/" }
    return String(p[..<slash])
  }

  /// `..` of the current folder, so the walk goes on above a relative path.
  private func absoluteParentOfCurrent() -> String {
    let cwd = FileManager.default.currentDirectoryPath
    guard let slash = cwd.lastIndex(of: "/"), slash != cwd.startIndex else { return "/" }
    return String(cwd[..<slash])
  }
}

/// A mutex built on Foundation's lock, for state shared by parallel workers (caches, sinks).
package final class Mutex: @unchecked Sendable {
  private let lock = NSLock()
  package init() {}
  package func locked<T>(_ body: () throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
