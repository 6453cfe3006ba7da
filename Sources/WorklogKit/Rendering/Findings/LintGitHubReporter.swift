/// `lint --format github`: a workflow command per finding, then a notice when GitHub would
/// leave some out.
public struct LintGitHubReporter: LintReporter {
  public init() {}

  public var statisticsFollowReport: Bool { false }

  public func begin() -> String { "" }

  public func render(_ site: FindingsSite) -> String {
    site.findings.map(DiagnosticGitHub.annotation).joined()
  }

  public func write(_ rendered: String) -> String { rendered }

  public func end(_ ending: LintOutcome) -> String { DiagnosticGitHub.summary(ending.findings) }
}
