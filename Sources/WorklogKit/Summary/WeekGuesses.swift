extension WeekSummary {
  /// The decisions a week's dates rest on: how its numeric dates are read and which columns
  /// hold them.
  static let dateDecisions: Set<DecisionKind> = [.dateOrder, .columns]

  /// The ambiguous decisions behind `page`'s dates, in the words of `ambiguous-reading` (WL005).
  static func guesses(_ page: Worklog) -> [String] {
    page.decisions.filter { $0.isAmbiguous && dateDecisions.contains($0.kind) }.map { d in
      "\(AmbiguousReadingRule.what(d)) is a guess (\(AmbiguousReadingRule.why(d)))"
    }
  }
}
