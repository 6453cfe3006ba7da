/// `lint --statistics` in text: nothing per finding, only the table of findings per rule
/// (`DiagnosticText.statistics`) and the totals line that sums it up, as ruff's `--statistics`
/// prints its table and "Found N errors.".
public struct LintStatisticsReporter: LintReporter {
  public init() {}

  /// The table is the report itself.
  public var statisticsFollowReport: Bool { true }

  public func begin() -> String { "" }
  public func render(_ site: FindingsSite) -> String { "" }
  public func write(_ rendered: String) -> String { rendered }
  public func end(_ ending: LintOutcome) -> String {
    DiagnosticText.statistics(ending.findings) + DiagnosticText.totals(ending.findings, files: ending.pages)
  }
}
