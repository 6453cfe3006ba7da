/// WL003: a suppression comment or configuration names a rule that does not exist.
struct UnknownRuleCodeRule: LintRule {
  static let code = "WL003"
  let description = RuleDescription(
    code: UnknownRuleCodeRule.code, name: "unknown-rule-code", severity: .warning,
    summary: "A suppression comment or configuration names a rule that does not exist.",
    rationale: """
      A misspelt code silently suppresses nothing. `worklog rules` lists every code and name.
      """,
    triggering: [RuleExample("<!-- worklog-disable-file ↓WL999 -->\n# Week 3\n")],
    nonTriggering: [RuleExample("<!-- worklog-disable-file WL101 -->\n# Week 3\n")])

  /// The finding for an unknown `code` at `range` of `path`.
  package static func finding(code: String, in path: String, at range: SourceRange) -> Diagnostic {
    let d = UnknownRuleCodeRule().description
    return Diagnostic(
      code: d.code, name: d.name, severity: d.severity, message: "unknown rule '\(code)'", path: path, range: range,
      fix: "Use a code or name that `worklog rules` lists.")
  }
}
