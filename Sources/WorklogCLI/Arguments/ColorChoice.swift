/// `--color auto|always|never` and the environment's say: whether text for people is coloured.
enum ColorChoice: String, CaseIterable, Sendable {
  case auto, always, never

  /// The `--color` declaration.
  static let declaration = OptionDeclaration.option(
    "color", "WHEN",
    "Colour the text: auto (default; on a terminal, unless NO_COLOR is set or TERM is dumb; FORCE_COLOR forces it), always or never.",
    values: .choices(allCases.map(\.rawValue)))

  /// Whether to colour, given the choice, whether the output is a terminal and the environment.
  ///
  /// `always` and `never` decide alone. `auto`: a non-empty `FORCE_COLOR` colours (`0` and
  /// `false` do not), and wins over `NO_COLOR`, as in Node and force-color.org; then a non-empty
  /// `NO_COLOR` does not colour; then a terminal whose `TERM` is not `dumb` does.
  func enabled(terminal: Bool, variables: [String: String]) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      if let force = variables["FORCE_COLOR"], !force.isEmpty { return force != "0" && force != "false" }
      if !(variables["NO_COLOR"] ?? "").isEmpty { return false }
      return terminal && variables["TERM"] != "dumb"
    }
  }

  /// The choice `--color` gives (`auto` without it).
  static func value(_ arguments: ScannedArguments) throws(UsageError) -> ColorChoice {
    let name = try ArgumentScanner.choice(arguments, "color", allCases.map(\.rawValue), default: "auto")
    return ColorChoice(rawValue: name) ?? .auto
  }
}
