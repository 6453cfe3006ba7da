/// One option a command accepts, declared once: the scanner, `--help`, the man page and the
/// shell completions all read it, so they cannot disagree.
struct OptionDeclaration: Sendable, Equatable {
  /// The long name, without dashes (`format`).
  var name: String
  /// The one-letter alias (`-h`), if any.
  var short: Character?
  /// The value's placeholder in help (`FILE`, `en|vi|all`); nil for a flag.
  var placeholder: String?
  /// What the option does: one sentence or two, wrapped by whoever prints it.
  var help: String
  /// What the value may be.
  var values: ValueKind

  /// Whether the option takes a value.
  var takesValue: Bool { placeholder != nil }

  /// A flag: `--name`, no value.
  static func flag(_ name: String, short: Character? = nil, _ help: String) -> OptionDeclaration {
    OptionDeclaration(name: name, short: short, placeholder: nil, help: help, values: .none)
  }

  /// An option with a value: `--name VALUE` or `--name=VALUE`; a repeated one keeps every value.
  static func option(_ name: String, _ placeholder: String, _ help: String, values: ValueKind = .text)
    -> OptionDeclaration
  {
    OptionDeclaration(name: name, short: nil, placeholder: placeholder, help: help, values: values)
  }

  /// `-h, --help`, which every command has.
  static let help = flag("help", short: "h", "Show this help.")
}
