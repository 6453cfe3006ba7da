/// How a site writes a week page's front matter: the fence, and the keys in order with how each
/// value is written.
public struct FrontMatterStyle: Sendable, Hashable {
  /// How one key's value is written.
  public enum Value: Sendable, Hashable {
    /// Text that may name the week, as written in the file (quotes included): `title`, `pre`.
    case wording(WeekWording)
    /// The week's Monday, `YYYY-MM-DD`, quoted or not.
    case monday(quoted: Bool)
    /// The week number, quoted or not.
    case weight(quoted: Bool)
  }

  /// One `key: value` line.
  public struct Entry: Sendable, Hashable {
    public var key: String
    public var value: Value

    public init(key: String, value: Value) {
      self.key = key
      self.value = value
    }
  }

  /// `yaml` (`---`) or `toml` (`+++`); a site without front matter gets YAML.
  public var fence: FrontMatterFence
  public var entries: [Entry]

  public init(fence: FrontMatterFence, entries: [Entry]) {
    self.fence = fence
    self.entries = entries
  }

  /// The front matter of week `n` whose Monday is `monday`, fences and final newline included.
  public func text(week n: Int, monday: CalendarDate?, newline: String = "\n") -> String {
    let toml = fence == .toml
    let mark = toml ? "+++" : "---"
    var lines = [mark]
    for entry in entries {
      let value: String
      switch entry.value {
      case .wording(let w): value = w.text(week: n)
      case .monday(let quoted):
        guard let monday else { continue }
        value = quoted ? "\"\(monday)\"" : monday.description
      case .weight(let quoted): value = quoted ? "\"\(n)\"" : String(n)
      }
      lines.append(toml ? "\(entry.key) = \(value)" : "\(entry.key): \(value)")
    }
    lines.append(mark)
    return lines.joined(separator: newline) + newline
  }
}
