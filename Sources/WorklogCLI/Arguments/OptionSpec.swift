/// The options a command accepts, in the order its help lists them; `-h, --help` is added last.
struct OptionSpec: Sendable {
  /// Every option, `--help` included.
  var declarations: [OptionDeclaration]
  /// The column where the help's descriptions start; nil to fit the longest option name.
  var helpColumn: Int?

  /// A spec from declarations; `--help` is appended unless declared.
  init(_ declarations: [OptionDeclaration] = [], helpColumn: Int? = nil) {
    self.declarations = declarations
    if !declarations.contains(where: { $0.name == "help" }) { self.declarations.append(.help) }
    self.helpColumn = helpColumn
  }

  /// A spec from bare names (no help, free-text values): for a command not yet described.
  init(flags: Set<String> = [], options: Set<String> = [], shortAliases: [Character: String] = [:]) {
    let short = Dictionary(shortAliases.map { ($1, $0) }) { a, _ in a }
    self.init(
      flags.sorted().map { OptionDeclaration.flag($0, short: short[$0], "") }
        + options.sorted().map { OptionDeclaration.option($0, "VALUE", "") })
  }

  /// `--name` flags.
  var flags: Set<String> { Set(declarations.filter { !$0.takesValue }.map(\.name)) }
  /// `--name value` options.
  var options: Set<String> { Set(declarations.filter(\.takesValue).map(\.name)) }
  /// Short aliases (`-h` → `help`).
  var shortAliases: [Character: String] {
    Dictionary(declarations.compactMap { d in d.short.map { ($0, d.name) } }) { a, _ in a }
  }

  /// The declaration of `name`, if the command has it.
  func declaration(_ name: String) -> OptionDeclaration? { declarations.first { $0.name == name } }
}
