extension FindingCounts {
  /// Whether there is an error or a warning: what a page done right has none of.
  var hasProblems: Bool { error + warning > 0 }
}
