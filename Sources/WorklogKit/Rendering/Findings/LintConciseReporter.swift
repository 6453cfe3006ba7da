/// `lint --output-format concise`: one line per finding, `path:line:col: CODE message` (ruff's
/// concise form, with its `[*]` fix mark), then a blank line and the totals.
public struct LintConciseReporter: LintReporter {
  public var color: Bool

  public init(color: Bool) {
    self.color = color
  }

  public var statisticsFollowReport: Bool { true }

  public func begin() -> String { "" }

  public func render(_ site: FindingsSite) -> String {
    site.findings.map(line).joined(by: "")
  }

  /// One finding's line.
  public func line(_ d: Diagnostic) -> String {
    let style = Style(enabled: color)
    return style.bold("\(TerminalText.escaped(d.path)):\(d.range.start.line):\(d.range.start.column):") + " "
      + style.severity(d.severity, d.code) + " " + DiagnosticText.fixMark(d) + TerminalText.escaped(d.message) + "\n"
  }

  public func write(_ rendered: String) -> String { rendered }

  public func end(_ ending: LintOutcome) -> String {
    (ending.findings.isEmpty ? "" : "\n") + DiagnosticText.totals(ending.findings, files: ending.pages)
  }
}
