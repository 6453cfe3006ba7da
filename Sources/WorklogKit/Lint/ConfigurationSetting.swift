/// One setting as a file wrote it: the key path (`["rules", "WL107"]`), the value, and where.
package struct ConfigurationSetting: Sendable, Equatable {
  package var key: [String]
  package var value: JSONNode
  /// The file it came from, and the line and column of its key.
  package var file: String
  package var line: Int
  package var column: Int

  /// The key path as `config --show` writes it (`rules.WL107`).
  package var name: String { key.joined(separator: ".") }
}
