/// Where `worklog status` took today's week number from.
public enum StatusWeekSource: String, Sendable, CaseIterable {
  /// `programStart` in the configuration: week N's Monday is `programStart + 7(N-1)`.
  case programStart
  /// The site's latest dated week (its task dates), counted on by whole weeks.
  case siteDates
  /// Neither: the week after the highest one, not placed on the calendar.
  case none
}
