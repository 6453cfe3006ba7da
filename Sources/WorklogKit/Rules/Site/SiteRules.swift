extension RuleRegistry {
  /// WL5xx: across the pages of a site.
  static let siteRules: [any LintRule] = [
    WeekMissingRule(), WeekDuplicateRule(), TwinTaskCountRule(), TwinDatesDisagreeRule(), WeeksOverlapRule(),
    OverviewDisagreesRule(), TwinMissingRule(), TwinsDateOrderDifferRule(),
  ]
}
