/// Every rule, in code order. A new rule gets the next free code of its group; codes of retired
/// rules stay retired.
public enum RuleRegistry {
  public static let all: [any LintRule] =
    ([
      // WL0xx: the file itself
      InvalidUTF8Rule(), BinaryContentRule(), UnknownRuleCodeRule(), UnterminatedCodeFenceRule(),
      AmbiguousReadingRule(),
      // WL1xx: front matter
      FrontMatterMissingRule(), FrontMatterUnterminatedRule(), FrontMatterUnreadableRule(), DateNotADateRule(),
      RequiredKeyMissingRule(), WeekNumbersDisagreeRule(), WeightNotWeekRule(), PreMalformedRule(),
    ] as [any LintRule] + sectionRules + taskRules + siteRules).sorted { $0.description.code < $1.description.code }

  /// The rule with this code or name (codes compare case-insensitively).
  public static func rule(named name: String) -> (any LintRule)? {
    all.first { $0.description.code == name.uppercased() || $0.description.name == name }
  }
}
