extension RuleRegistry {
  /// WL3xx: the task table.
  static let taskRules: [any LintRule] = [
    TaskTableMissingRule(), RowCellCountRule(), TaskDatesInOrderRule(), TaskEmptyRule(), DateInvalidRule(),
    DateOutsideWeekRule(), DateOrderInconsistentRule(), WeekdayMismatchRule(), RowsOutOfOrderRule(),
    BrokenLinkRule(), ReferenceNotALinkRule(), DateNotWrittenRule(), DateMissingYearRule(),
  ]
}
