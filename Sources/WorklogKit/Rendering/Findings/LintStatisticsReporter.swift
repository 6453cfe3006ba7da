/// `lint --statistics` in text: nothing per finding, only the table of findings per rule at the
/// end (`DiagnosticText.statistics`), as ruff's `--statistics` prints.
public struct LintStatisticsReporter: LintReporter {
  public init() {}

  /// The table is the report itself.
  public var statisticsFollowReport: Bool { true }

  public func begin() -> String { "" }
  public func render(_ site: FindingsSite) -> String { "" }
  public func write(_ rendered: String) -> String { rendered }
  public func end(_ ending: LintOutcome) -> String { DiagnosticText.statistics(ending.findings) }
}
