/// What a configuration value must be; the checker, the JSON Schema and `config --show` read it.
package indirect enum ConfigurationShape: Sendable {
  /// A string; when `choices` is not empty, one of them.
  case string(choices: [String])
  /// A date written `YYYY-MM-DD` that falls on a Monday.
  case monday
  /// `true` or `false`.
  case boolean
  /// A whole number in the range.
  case integer(ClosedRange<Int>)
  /// An array of strings; when `choices` is not empty, each one of them.
  case strings(choices: [String])
  /// An object whose keys name rules (code or name) and whose values are levels; read per key,
  /// so a nearer file changes one rule and inherits the others.
  case levels
  /// A nested object of known keys, each read, checked and inherited on its own.
  case object([ConfigurationField])
  /// An object keyed by language code (`en`, `vi`), each value of the shape; read per language.
  case byLanguage(ConfigurationShape)

  /// Whether a nearer file's value is laid over this one key by key (objects) or replaces it.
  var mergesPerKey: Bool {
    switch self {
    case .levels, .object, .byLanguage: return true
    default: return false
    }
  }

  /// The kind of JSON value the shape takes, as a message names it.
  var kindName: String {
    switch self {
    case .string, .monday: return "a string"
    case .integer: return "a whole number"
    case .boolean: return "true or false"
    case .strings: return "an array of strings"
    case .levels, .object, .byLanguage: return "an object"
    }
  }
}

/// One key of `.worklog.json`: its name, the shape of its value, and what reads it.
package struct ConfigurationField: Sendable {
  package var name: String
  package var shape: ConfigurationShape
  /// One sentence: what the key sets and which rules or commands honour it.
  package var summary: String

  package init(_ name: String, _ shape: ConfigurationShape, _ summary: String) {
    self.name = name
    self.shape = shape
    self.summary = summary
  }
}
