/// Checks a configuration file's JSON against `ConfigurationFields` and flattens it into
/// settings: an unknown key at any depth (a rule code inside `rules` too) or a value of the
/// wrong kind is an error at its line and column, with the closest valid key or value.
package struct ConfigurationCheck {
  let source: SourceFile

  /// What one file says: its settings, and the file it extends (the path as written, and where).
  package struct Checked: Sendable {
    package var settings: [ConfigurationSetting]
    package var extends: (path: String, offset: Int)?
    /// Whether the file says `"root": true`: the files above it are not read.
    package var isRoot = false
  }

  /// Reads and checks `source` against `fields` (the keys of `.worklog.json` unless a test says).
  package static func check(_ source: SourceFile, fields: [ConfigurationField] = ConfigurationFields.topLevel)
    throws(ConfigurationError) -> Checked
  {
    let tree: JSONNode
    do {
      tree = try JSONReader.read(source.bytes)
    } catch {
      throw ConfigurationError(source, at: error.offset, "not valid JSON: \(error.message)")
    }
    let check = ConfigurationCheck(source: source)
    guard case .object(let members) = tree.value else {
      throw ConfigurationError(source, at: tree.offset, "a configuration is a JSON object, not \(tree.kindName)")
    }
    var out = Checked(settings: [], extends: nil)
    for member in members {
      let field = try check.field(member, among: fields, in: [])
      try check.value(member.value, field.shape, key: [member.key], keyOffset: member.keyOffset, into: &out.settings)
      if member.key == "extends", case .string(let path) = member.value.value {
        out.extends = (path, member.value.offset)
      }
    }
    out.isRoot = tree["root"]?.value == .bool(true)
    // The file's own keys are not settings.
    let own = Set(ConfigurationFields.fileKeys.map(\.name))
    out.settings.removeAll { $0.key.count == 1 && own.contains($0.key[0]) }
    return out
  }

  private func field(_ member: JSONMember, among fields: [ConfigurationField], in parent: [String])
    throws(ConfigurationError) -> ConfigurationField
  {
    if let field = fields.first(where: { $0.name == member.key }) { return field }
    let names = fields.map(\.name).filter { $0 != "$schema" }
    let key = (parent + [member.key]).joined(separator: ".")
    throw ConfigurationError(
      source, at: member.keyOffset,
      "unknown key '\(Quote.cut(key))'\(ConfigurationCheck.suggestion(member.key, names)) (keys\(parent.isEmpty ? "" : " of '\(parent.joined(separator: "."))'"): \(names.joined(separator: ", ")))"
    )
  }

  /// `; did you mean 'x'?` for the closest of `candidates`, or nothing when none is close.
  static func suggestion(_ written: String, _ candidates: [String]) -> String {
    guard let best = closest(written, candidates) else { return "" }
    return "; did you mean '\(best)'?"
  }

  /// The candidate closest to `written`, when it is within half its length (at least 2).
  static func closest(_ written: String, _ candidates: [String]) -> String? {
    let scored = candidates.map { ($0, Configuration.editDistance(written, $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(2, best.0.count / 2) ? best.0 : nil
  }

  private func wrongKind(_ node: JSONNode, _ key: [String], _ expected: String) -> ConfigurationError {
    ConfigurationError(
      source, at: node.offset, "'\(key.joined(separator: "."))' must be \(expected), not \(node.kindName)")
  }

  private func setting(_ key: [String], _ node: JSONNode, _ keyOffset: Int) -> ConfigurationSetting {
    let at = source.location(at: keyOffset)
    return ConfigurationSetting(key: key, value: node, file: source.path, line: at.line, column: at.column)
  }

  private func value(
    _ node: JSONNode, _ shape: ConfigurationShape, key: [String], keyOffset: Int,
    into settings: inout [ConfigurationSetting]
  ) throws(ConfigurationError) {
    let name = key.joined(separator: ".")
    switch shape {
    case .string(let choices):
      guard case .string(let s) = node.value else { throw wrongKind(node, key, "a string") }
      try choose(s, choices, node, name)
    case .monday:
      guard case .string(let s) = node.value else { throw wrongKind(node, key, "a date written YYYY-MM-DD") }
      guard s.utf8.count == 10, let date = CalendarDate.parseISO(s) else {
        throw ConfigurationError(
          source, at: node.offset, "'\(name)' must be a date written YYYY-MM-DD, not '\(Quote.cut(s))'")
      }
      guard date.weekday == 1 else {
        throw ConfigurationError(source, at: node.offset, "'\(name)' must be a Monday; \(s) is not")
      }
    case .boolean:
      guard case .bool = node.value else { throw wrongKind(node, key, "true or false") }
    case .integer(let range):
      guard case .number(let n) = node.value else { throw wrongKind(node, key, "a whole number") }
      guard let value = Int(n), range.contains(value) else {
        throw ConfigurationError(
          source, at: node.offset,
          "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(Quote.cut(n))")
      }
    case .strings(let choices):
      guard case .array(let items) = node.value else { throw wrongKind(node, key, "an array of strings") }
      for item in items {
        guard case .string(let s) = item.value else { throw wrongKind(item, key, "an array of strings") }
        try choose(s, choices, item, name)
      }
    case .levels:
      guard case .object(let members) = node.value else { throw wrongKind(node, key, "an object") }
      for member in members {
        guard let rule = RuleRegistry.rule(named: member.key) else {
          let names = RuleRegistry.all.flatMap { [$0.description.code, $0.description.name] }
          throw ConfigurationError(
            source, at: member.keyOffset,
            "unknown rule '\(Quote.cut(member.key))' in '\(name)'\(ConfigurationCheck.suggestion(member.key, names)) (see 'worklog rules')"
          )
        }
        guard case .string(let level) = member.value.value else {
          throw wrongKind(member.value, key + [member.key], "a level (off, note, warning or error)")
        }
        try choose(level, ConfigurationFields.levels, member.value, name + "." + member.key)
        // By code, so a nearer file that names the rule by its name overrides this one.
        settings.append(setting(key + [rule.description.code], member.value, member.keyOffset))
      }
      return
    case .byLanguage(let inner):
      guard case .object(let members) = node.value else { throw wrongKind(node, key, "an object") }
      for member in members {
        guard ConfigurationCheck.isLanguageCode(member.key) else {
          throw ConfigurationError(
            source, at: member.keyOffset,
            "'\(name)' is keyed by language code (en, vi), not '\(Quote.cut(member.key))'")
        }
        try value(member.value, inner, key: key + [member.key], keyOffset: member.keyOffset, into: &settings)
      }
      return
    case .object(let fields):
      guard case .object(let members) = node.value else { throw wrongKind(node, key, "an object") }
      for member in members {
        let field = try field(member, among: fields, in: key)
        try value(member.value, field.shape, key: key + [member.key], keyOffset: member.keyOffset, into: &settings)
      }
      return
    }
    settings.append(setting(key, node, keyOffset))
  }

  private func choose(_ s: String, _ choices: [String], _ node: JSONNode, _ name: String) throws(ConfigurationError) {
    guard !choices.isEmpty, !choices.contains(s) else { return }
    throw ConfigurationError(
      source, at: node.offset,
      "'\(name)' must be \(ConfigurationCheck.list(choices)), not '\(Quote.cut(s))'\(ConfigurationCheck.suggestion(s, choices))"
    )
  }

  /// Whether `key` reads as a language code: two or three lower-case ASCII letters.
  static func isLanguageCode(_ key: String) -> Bool {
    (2...3).contains(key.utf8.count) && key.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
  }

  /// `a, b or c`.
  static func list(_ words: [String]) -> String {
    words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
  }
}
