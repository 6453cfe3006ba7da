import Testing

@testable import WorklogKit

@Suite struct LintFormatTests {
  static let path = "s/content/1-Worklog/1.3-Week3/_index.md"
  let source = SourceFile(path: path, bytes: Array("---\ntitle: Week 3\n---\n| Day | Task |\n".utf8))

  func finding(_ line: Int, _ severity: Severity) -> Diagnostic {
    let offset = line == 2 ? 4 : 22  // where lines 2 and 4 start
    return Diagnostic(
      code: "WL900", name: "made-up", severity: severity, message: "something on line \(line)", path: Self.path,
      range: source.range(offset..<(offset + 3)))
  }

  func reporter(_ format: LintFormat) -> any LintReporter {
    format.reporter(color: false, version: "0", rules: [])
  }

  /// The whole output of `reporter` over sites given one after another.
  func output<R: LintReporter>(_ reporter: R, _ sites: [FindingsSite]) -> String {
    var reporter = reporter
    var out = reporter.begin()
    for site in sites { out += reporter.write(reporter.render(site)) }
    let all = sites.flatMap(\.findings)
    return out + reporter.end(LintOutcome(findings: all, pages: sites.map(\.pages).reduce(0, +)))
  }

  @Test func everyFormatHasItsOwnReporter() {
    let types = Set(LintFormat.allCases.map { "\(type(of: reporter($0)))" })
    #expect(types.count == LintFormat.allCases.count)
    #expect(LintFormat.allCases.map(\.rawValue) == ["text", "json", "sarif", "github"])
    #expect(
      LintFormat.allCases.filter { !$0.help.isEmpty && !$0.help.hasSuffix(".") }.count == LintFormat.allCases.count)
  }

  @Test func onlyTextKeepsStatisticsOnStandardOutput() {
    #expect(LintFormat.allCases.filter { reporter($0).statisticsFollowReport } == [.text])
  }

  @Test func sitesWrittenInTurnGiveWhatTheRenderersGiveForAllTheFindings() {
    let one = FindingsSite(findings: [finding(2, .error)], files: [Self.path: source], pages: 1)
    let two = FindingsSite(findings: [finding(4, .warning), finding(4, .note)], files: [Self.path: source], pages: 2)
    let all = one.findings + two.findings
    let text = DiagnosticText(color: false)
    #expect(
      output(reporter(.text), [one, two]) == all.map { text.render($0, source: source) }.joined() + "\n"
        + DiagnosticText.totals(all, files: 3))
    #expect(
      output(reporter(.github), [one, two]) == all.map(DiagnosticGitHub.annotation).joined()
        + DiagnosticGitHub.summary(all))
    let sarif = DiagnosticSARIF.log(all, rules: [], version: "0") { _ in source }
    #expect(output(reporter(.sarif), [one, two]) == sarif.pretty() + "\n")
    let json = output(reporter(.json), [one, two])
    #expect(
      json == "[\n" + all.map { "  " + DiagnosticJSON.finding($0).serialized() }.joined(separator: ",\n") + "\n]\n")
  }

  @Test func noFindingsIsAnEmptyReport() {
    let none = FindingsSite(findings: [], files: [:], pages: 0)
    #expect(output(reporter(.json), [none, none]) == "[]\n")
    #expect(output(reporter(.text), [none]) == "0 errors, 0 warnings, 0 notes in 0 pages\n")
    #expect(output(reporter(.github), [none]) == "")
  }

  @Test func aFileThatMayNotBeQuotedIsNamedWithoutItsLine() {
    let site = FindingsSite(findings: [finding(2, .error)], files: [Self.path: source], quotable: [], pages: 0)
    let quoted = FindingsSite(findings: [finding(2, .error)], files: [Self.path: source], pages: 0)
    #expect(site.quote(Self.path) == nil)
    #expect(!output(reporter(.text), [site]).contains("title: Week 3"))
    #expect(output(reporter(.text), [quoted]).contains("title: Week 3"))
  }
}
