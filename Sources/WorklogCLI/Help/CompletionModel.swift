import WorklogKit

/// What a shell may complete, read from the registered commands' declarations and the rule
/// registry: the one source of the three completion scripts.
struct CompletionModel: Sendable {
  /// A command as the completions see it.
  struct Entry: Sendable {
    var name: String
    var summary: String
    var options: [OptionDeclaration]
    var operands: ValueKind
  }

  var commands: [Entry]
  /// The options before a command (`--help`, `--version`).
  var topOptions: [OptionDeclaration]
  /// Every rule's code, then every rule's name.
  var rules: [String]

  /// The model of this build: `CLI.commands` and `RuleRegistry.all`.
  static func current() -> CompletionModel {
    let descriptions = RuleRegistry.all.map(\.description)
    return CompletionModel(
      commands: CLI.commands.map {
        Entry(name: $0.name, summary: $0.summary, options: $0.spec.declarations, operands: $0.operands)
      },
      topOptions: CLI.spec.declarations,
      rules: descriptions.map(\.code) + descriptions.map(\.name))
  }

  /// The words a value of `kind` may be; none for files, paths and free text.
  func words(_ kind: ValueKind) -> [String] {
    switch kind {
    case .choices(let list): return list.map(\.name)
    case .rules: return rules
    case .commands: return commands.map(\.name)
    case .none, .text, .file, .paths: return []
    }
  }

  /// `-h --help` and the like: every spelling of the options.
  static func spellings(_ options: [OptionDeclaration]) -> [String] {
    options.flatMap { d in (d.short.map { ["-\($0)"] } ?? []) + ["--" + d.name] }
  }

  /// The first sentence of a help text, for a completion's one-line description.
  static func firstSentence(_ text: String) -> String {
    let flat = text.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
    guard let end = flat.firstRange(of: ". ") else { return flat.hasSuffix(".") ? String(flat.dropLast()) : flat }
    return String(flat[..<end.lowerBound])
  }
}
