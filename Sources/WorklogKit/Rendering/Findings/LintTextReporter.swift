/// `lint --format text`: each finding as `DiagnosticText` renders it, then a blank line and the
/// totals by severity.
public struct LintTextReporter: LintReporter {
  public var text: DiagnosticText

  public init(color: Bool) {
    text = DiagnosticText(color: color)
  }

  public var statisticsFollowReport: Bool { true }

  public func begin() -> String { "" }

  public func render(_ site: FindingsSite) -> String {
    site.findings.map { text.render($0, source: site.quote($0.path)) }.joined(by: "")
  }

  public func write(_ rendered: String) -> String { rendered }

  public func end(_ ending: LintOutcome) -> String {
    (ending.findings.isEmpty ? "" : "\n") + DiagnosticText.totals(ending.findings, files: ending.pages)
  }
}
