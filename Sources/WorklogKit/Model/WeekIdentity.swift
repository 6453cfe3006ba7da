/// Which week a page stands for, as the site model places it.
extension Worklog {
  /// The week number, when it comes from something more trustworthy than `weight` (which the
  /// template leaves at 1 on every page). Lint, summaries and reports place a page in this week;
  /// a page without one belongs to no week.
  public var trustedWeek: Int? {
    guard let n = week.number, week.source != .weight else { return nil }
    return n
  }
}
