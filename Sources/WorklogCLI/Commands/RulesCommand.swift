import WorklogKit

/// `worklog rules`: every rule with its code, name, severity and summary.
enum RulesCommand: Command {
  static let name = "rules"
  static let summary = "List every lint rule."
  static let usage = "worklog rules [--format text|json]"
  static let about = """
    Lists every rule: its code, name, default severity and what it finds.
    'worklog explain CODE' prints a rule's rationale and examples.
    """
  static let operands = ValueKind.none
  static let spec = OptionSpec([
    .option(
      "format", "text|json", "text (default): a line per rule; json: an array.", values: .choices(["text", "json"]))
  ])

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    let format = try ArgumentScanner.choice(arguments, "format", ["text", "json"], default: "text")
    guard arguments.positionals.isEmpty else { throw UsageError("rules takes no PATH") }
    let rules = RuleRegistry.all.map(\.description)
    if format == "json" {
      let list = JSONValue.array(
        rules.map { r in
          .object([
            "code": .string(r.code), "name": .string(r.name), "severity": .string(r.severity.rawValue),
            "summary": .string(r.summary),
          ])
        })
      env.stdout.write(list.pretty() + "\n")
      return .success
    }
    let width = rules.map(\.name.count).max() ?? 0
    for r in rules {
      let pad = String(repeating: " ", count: width - r.name.count)
      let sev = r.severity.rawValue + String(repeating: " ", count: 7 - r.severity.rawValue.count)
      env.stdout.write("\(r.code)  \(r.name)\(pad)  \(sev)  \(r.summary)\n")
    }
    return .success
  }
}

/// `worklog explain CODE`: a rule's rationale and examples.
enum ExplainCommand: Command {
  static let name = "explain"
  static let summary = "Explain a rule: why it matters, and examples that do and do not trigger it."
  static let usage = "worklog explain CODE|NAME"
  static let about = """
    Prints a rule's summary, rationale, and its examples; in the examples that trigger the
    rule, ↓ marks where the finding is reported.
    """
  static let operands = ValueKind.rules
  static let spec = OptionSpec()

  static func run(_ arguments: ScannedArguments, _ env: Environment) throws(UsageError) -> ExitStatus {
    guard arguments.positionals.count == 1 else { throw UsageError("explain takes one rule code or name") }
    guard let rule = RuleRegistry.rule(named: arguments.positionals[0]) else {
      let given = arguments.positionals[0]
      throw UsageError("no rule '\(given)'" + RuleSuggestion.hint(for: given) + " (see 'worklog rules')")
    }
    let d = rule.description
    var out = "\(d.code) \(d.name) (\(d.severity.rawValue))\n\n\(d.summary)\n\n\(d.rationale)\n"
    func show(_ title: String, _ examples: [RuleExample]) {
      out += "\n\(title):\n"
      for (i, e) in examples.enumerated() {
        for file in e.files {
          out +=
            "\n  Example \(i + 1)"
            + (e.files.count > 1 || file.path != RuleExample.defaultPath ? " (\(file.path))" : "") + ":\n"
          let text = String(
            String.UnicodeScalarView(file.text.unicodeScalars.map { $0 == RuleExample.invalidByte ? "\u{FFFD}" : $0 }))
          for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
            text.hasSuffix("\n") ? 1 : 0)
          {
            out += "    " + TerminalText.escaped(String(line)) + "\n"
          }
        }
      }
    }
    show("Triggers it", d.triggering)
    show("Does not trigger it", d.nonTriggering)
    env.stdout.write(out)
    return .success
  }
}
