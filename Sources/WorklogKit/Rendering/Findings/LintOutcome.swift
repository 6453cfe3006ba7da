/// What a whole lint run found: what a reporter's end and the exit status need.
public struct LintOutcome: Sendable {
  /// Every finding, in the order written: site after site, the configuration files' last.
  public var findings: [Diagnostic] = []
  /// The pages reported on.
  public var pages = 0
  /// Whether a page or a configuration file could not be read: the run exits 2.
  public var failed = false

  public init(findings: [Diagnostic] = [], pages: Int = 0, failed: Bool = false) {
    self.findings = findings
    self.pages = pages
    self.failed = failed
  }
}
