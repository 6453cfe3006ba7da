/// The settings in force for a folder: every file that applies laid over the ones above it, key
/// by key (an object such as `rules` member by member), each setting keeping where it came from.
package struct ConfigurationSettings: Sendable, Equatable {
  /// The settings by key path, each from the nearest file that set it.
  package private(set) var byName: [String: ConfigurationSetting] = [:]

  package init() {}

  /// `settings` laid over these: each replaces the one of the same key path.
  package func laying(_ settings: [ConfigurationSetting]) -> ConfigurationSettings {
    var out = self
    for setting in settings { out.byName[setting.name] = setting }
    return out
  }

  /// Every setting, sorted by key path.
  package var all: [ConfigurationSetting] { byName.values.sorted { $0.name < $1.name } }

  /// The setting at `key`, when a file set it.
  package subscript(key: String...) -> ConfigurationSetting? { byName[key.joined(separator: ".")] }

  /// The settings below the object at `key` (the members of `rules`), by member name.
  package func members(of key: String...) -> [String: ConfigurationSetting] {
    let prefix = key.joined(separator: ".") + "."
    var out: [String: ConfigurationSetting] = [:]
    for (name, setting) in byName where name.hasPrefix(prefix) { out[String(name.dropFirst(prefix.count))] = setting }
    return out
  }

  /// The object at `key` rebuilt from the settings below it, each member from the file that set
  /// it (a nested type such as `conventions` is decoded from it with `JSONNodeDecoder`); nil when
  /// no file sets anything below `key`.
  package func tree(_ key: String...) -> JSONNode? {
    ConfigurationSettings.tree(
      byName.values.filter { $0.key.starts(with: key) && $0.key.count > key.count }, depth: key.count)
  }

  private static func tree(_ settings: [ConfigurationSetting], depth: Int) -> JSONNode? {
    guard !settings.isEmpty else { return nil }
    var members: [JSONMember] = []
    for name in Set(settings.map { $0.key[depth] }).sorted() {
      let below = settings.filter { $0.key[depth] == name }
      if let leaf = below.first(where: { $0.key.count == depth + 1 }) {
        members.append(JSONMember(key: name, keyOffset: 0, value: leaf.value))
      } else if let nested = tree(below, depth: depth + 1) {
        members.append(JSONMember(key: name, keyOffset: 0, value: nested))
      }
    }
    return JSONNode(.object(members), at: 0)
  }

  /// The string at `key`, when set.
  package func string(_ key: String...) -> String? {
    guard case .string(let s)? = byName[key.joined(separator: ".")]?.value.value else { return nil }
    return s
  }

  /// The array of strings at `key`, when set.
  package func strings(_ key: String...) -> [String]? {
    guard case .array(let items)? = byName[key.joined(separator: ".")]?.value.value else { return nil }
    return items.compactMap { if case .string(let s) = $0.value { s } else { nil } }
  }

  /// The whole number at `key`, when set.
  package func integer(_ key: String...) -> Int? {
    guard case .number(let n)? = byName[key.joined(separator: ".")]?.value.value else { return nil }
    return Int(n)
  }
}
