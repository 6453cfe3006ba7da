extension RuleRegistry {
  /// WL3xx: the task table.
  static let taskRules: [any LintRule] = []
}
