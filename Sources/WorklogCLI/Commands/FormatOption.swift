import WorklogKit

/// `--format`, read and described from a command's format enum, so the choices, the help and
/// the enum cannot disagree.
enum FormatOption {
  /// The format given with `--format`, or the standard one.
  static func value<F: OutputFormat>(_ arguments: ScannedArguments, _ format: F.Type) throws(UsageError) -> F {
    let name = try ArgumentScanner.choice(arguments, "format", names(F.self), default: F.standard.rawValue)
    return F(rawValue: name) ?? F.standard
  }

  /// The formats' names, in the enum's order.
  static func names<F: OutputFormat>(_ format: F.Type) -> [String] { F.allCases.map(\.rawValue) }

  /// `text|json|sarif`, for a usage line.
  static func choices<F: OutputFormat>(_ format: F.Type) -> String { names(F.self).joined(separator: "|") }

  /// One help line per format, `  --format NAME` and its help starting at `column`; no newline
  /// after the last.
  static func help<F: OutputFormat>(_ format: F.Type, column: Int) -> String {
    F.allCases.map { f in
      let option = "  --format \(f.rawValue)"
      let pad = String(repeating: " ", count: max(1, column - option.count))
      return option + pad + f.help + (f.rawValue == F.standard.rawValue ? " (default)." : ".")
    }.joined(separator: "\n")
  }

  /// The `--format` declaration of a command: one help line per format, the standard one
  /// marked as the default.
  static func declaration<F: OutputFormat>(_ format: F.Type) -> OptionDeclaration {
    .option(
      "format", "FORMAT", "The output format.",
      values: .choices(
        F.allCases.map { f in
          ValueKind.Choice(name: f.rawValue, help: f.help + (f.rawValue == F.standard.rawValue ? " (default)." : "."))
        }))
  }
}
