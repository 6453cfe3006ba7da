import WorklogKit

/// "Did you mean" for a rule given by code or name (`--select`, `--ignore`, `explain`).
enum RuleSuggestion {
  /// `; did you mean 'WL303'?` for the rule code or name closest to `given`, or nothing.
  static func hint(for given: String, rules: [RuleDescription] = RuleRegistry.all.map(\.description)) -> String {
    EditDistance.hint(for: given, among: rules.map(\.code) + rules.map(\.name))
  }
}
