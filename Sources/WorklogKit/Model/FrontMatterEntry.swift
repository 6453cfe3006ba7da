/// One `key: value` line of front matter (`key = value` in TOML, a member in JSON).
public struct FrontMatterEntry: Sendable {
  /// The key as written (without the colon), and where.
  public var key: Located<String>
  /// The value, and the range of its text (the key's range when the value is empty).
  public var value: Located<FrontMatterValue>
  /// The value's source text, trimmed.
  public var raw: String
}
