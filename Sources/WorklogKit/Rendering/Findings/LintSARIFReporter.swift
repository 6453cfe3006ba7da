/// `lint --format sarif`: one SARIF 2.1.0 log at the end. Each site leaves only the line digests
/// its findings' fingerprints need, so no source is kept until the end.
public struct LintSARIFReporter: LintReporter {
  public var rules: [RuleDescription]
  public var version: String
  private var digests: [DiagnosticSARIF.LineDigest] = []

  public init(rules: [RuleDescription], version: String) {
    self.rules = rules
    self.version = version
  }

  public var statisticsFollowReport: Bool { false }

  public func begin() -> String { "" }

  public func render(_ site: FindingsSite) -> [DiagnosticSARIF.LineDigest] {
    DiagnosticSARIF.digests(site.findings) { site.files[$0] }
  }

  public mutating func write(_ rendered: [DiagnosticSARIF.LineDigest]) -> String {
    digests += rendered
    return ""
  }

  public func end(_ ending: LintOutcome) -> String {
    DiagnosticSARIF.log(ending.findings, digests: digests, rules: rules, version: version).pretty() + "\n"
  }
}
