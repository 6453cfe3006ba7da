/// What an option's value, or a command's operands, may be: what the scanner checks and what
/// the shell completions offer.
enum ValueKind: Sendable, Equatable {
  /// No value: a flag.
  case none
  /// Free text (a number, a range): nothing to complete.
  case text
  /// One file (`--config FILE`).
  case file
  /// Pages or folders (a command's PATH operands), `-` for standard input.
  case paths
  /// One of fixed values, each with its help when it has one (`--format`, `--color`).
  case choices([Choice])
  /// Rule codes or names, comma-separated (`--select`, `explain`).
  case rules
  /// A command's name (`help CMD`).
  case commands

  /// A fixed value and what it means (nil when the option's help says it).
  struct Choice: Sendable, Equatable {
    var name: String
    var help: String?
  }

  /// Fixed values without help of their own.
  static func choices(_ names: [String]) -> ValueKind { .choices(names.map { Choice(name: $0, help: nil) }) }

  /// The fixed values' names, or none.
  var choiceNames: [String] {
    if case .choices(let list) = self { return list.map(\.name) }
    return []
  }
}
