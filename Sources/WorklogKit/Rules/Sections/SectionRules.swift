extension RuleRegistry {
  /// WL2xx: sections of a week page.
  static let sectionRules: [any LintRule] = [
    ObjectivesMissingRule(), SectionEmptyRule(), AchievementsMissingRule(), TemplatePlaceholderRule(),
    HeadingNamesAnotherWeekRule(), CopiedFromAnotherWeekRule(),
  ]
}
