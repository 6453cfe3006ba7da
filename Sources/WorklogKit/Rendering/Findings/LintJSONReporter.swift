/// `lint --format json`: one array, each finding (`DiagnosticJSON.finding`) compact on its line.
public struct LintJSONReporter: LintReporter {
  private var array = JSONArrayWriter()

  public init() {}

  public var statisticsFollowReport: Bool { false }

  public func begin() -> String { array.opening }

  public func render(_ site: FindingsSite) -> [String] {
    site.findings.map { DiagnosticJSON.element($0, source: site.files[$0.path]) }
  }

  public mutating func write(_ rendered: [String]) -> String {
    rendered.map { array.append($0) }.joined(by: "")
  }

  public func end(_ ending: LintOutcome) -> String { array.closing }
}
