/// An output format of `worklog lint`: each site's findings as they come, then the run's end.
public protocol LintReporter: Reporter where Site == FindingsSite, Ending == LintOutcome {
  /// Whether `--statistics` follows the report on standard output (for people); otherwise it
  /// goes to standard error, so the output stays one document a tool can read.
  var statisticsFollowReport: Bool { get }
}
