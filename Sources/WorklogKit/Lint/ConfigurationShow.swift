/// What `worklog config --show` prints: every setting that applies to a page or folder, its
/// value, and where it came from (a file and line, or the default).
package struct ConfigurationShow: Sendable {
  /// One setting as shown.
  package struct Row: Sendable, Equatable {
    package var key: String
    /// The value as JSON text, or a few words for a default that is not a value.
    package var value: String
    /// The value as JSON (`--format json`): null for a default that is not a value.
    package var json: JSONValue
    /// The file and line it came from; nil for the default.
    package var file: String?
    package var line: Int?
  }

  package var path: String
  package var files: [String]
  package var rows: [Row]

  /// The settings of `resolved`, every known key listed (a rule only when a file sets it).
  package init(path: String, _ resolved: ConfigurationResolver.Resolved) {
    self.path = path
    files = resolved.files
    var rows: [Row] = []
    let settings = resolved.settings
    for field in ConfigurationFields.settings {
      let set = settings.all.filter { $0.key.first == field.name }
      if set.isEmpty {
        let (text, json) = ConfigurationShow.defaultValue(field.name)
        rows.append(Row(key: field.name, value: text, json: json, file: nil, line: nil))
      }
      for setting in set {
        rows.append(
          Row(
            key: setting.name, value: setting.value.text, json: setting.value.jsonValue, file: setting.file,
            line: setting.line))
      }
    }
    self.rows = rows
  }

  /// What applies when no file sets `key`: as shown, and as JSON.
  static func defaultValue(_ key: String) -> (String, JSONValue) {
    func list(_ words: [String]) -> (String, JSONValue) {
      (JSONNode(.array(words.map { JSONNode(.string($0), at: 0) }), at: 0).text, .array(words.map(JSONValue.string)))
    }
    switch key {
    case "rules": return ("each rule at its own level (worklog rules)", .null)
    case "requiredKeys": return list(Configuration.defaultRequiredKeys)
    case "requiredSections": return list(ConfigurationFields.sections)
    case "languages": return ("learned from the site", .null)
    case "dateOrder": return ("\"auto\"", .string("auto"))
    default: return ("not set", .null)
    }
  }

  /// The text form: a header, then one aligned line per setting.
  package var text: String {
    var out = "settings for \(path)\n"
    out +=
      files.isEmpty ? "files: none (defaults only)\n" : "files, in the order laid: \(files.joined(separator: ", "))\n"
    let width = rows.map(\.key.count).max() ?? 0
    for row in rows {
      let origin = row.file.map { "\($0):\(row.line ?? 1)" } ?? "default"
      out += "  \(row.key)\(String(repeating: " ", count: width - row.key.count))  \(row.value)  (\(origin))\n"
    }
    return out
  }

  /// The JSON form.
  package var json: JSONValue {
    .object([
      "path": .string(path), "files": .array(files.map(JSONValue.string)),
      "settings": .array(
        rows.map { row in
          .object([
            "key": .string(row.key), "value": row.json,
            "source": row.file.map { .object(["path": .string($0), "line": .int(row.line ?? 1)]) }
              ?? .string("default"),
          ])
        }),
    ])
  }
}
