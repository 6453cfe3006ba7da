import Testing

@testable import WorklogKit

/// `lint --format github`: paths GitHub matches to the diff, and no text from a page that can
/// end a workflow command or start another one.
@Suite struct LintGitHubReporterTests {
  static let range = SourceRange(
    start: SourceLocation(line: 3, column: 5, offset: 20), end: SourceLocation(line: 3, column: 9, offset: 24))

  func finding(message: String, path: String = "s/a.md", fix: String? = nil) -> Diagnostic {
    Diagnostic(
      code: "WL104", name: "date-not-a-date", severity: .error, message: message, path: path, range: Self.range,
      fix: fix)
  }

  /// The reporter's output for `findings`, as one site.
  func output(_ findings: [Diagnostic], _ reporter: LintGitHubReporter = LintGitHubReporter()) -> String {
    reporter.render(FindingsSite(findings: findings, files: [:], pages: 1))
  }

  /// Each line of `output` with the command it starts (`error`, `warning`, …), or nil when it
  /// starts none.
  func commands(_ output: String) -> [Substring] {
    output.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("::") else { return nil }
      return line.dropFirst(2).prefix { $0 != " " && $0 != ":" }
    }
  }

  // MARK: - Paths

  @Test func aPathBelowTheWorkingDirectoryLosesItsLeadingDotSlash() {
    let reporter = LintGitHubReporter(workingDirectory: "/repo")
    #expect(reporter.displayPath("./content/1-Worklog/_index.md") == "content/1-Worklog/_index.md")
    #expect(reporter.displayPath("content/./1-Worklog//a/../_index.md") == "content/1-Worklog/_index.md")
  }

  @Test func anAbsolutePathInsideTheWorkingDirectoryBecomesRelative() {
    let reporter = LintGitHubReporter(workingDirectory: "/home/runner/work/site/")
    #expect(reporter.displayPath("/home/runner/work/site/content/w.md") == "content/w.md")
    #expect(reporter.displayPath("/home/runner/work/sites/w.md") == "../sites/w.md")
  }

  @Test func aPathOutsideTheWorkingDirectoryClimbsToIt() {
    let reporter = LintGitHubReporter(workingDirectory: "/work/repo")
    #expect(reporter.displayPath("/work/other/content/w.md") == "../other/content/w.md")
    #expect(reporter.displayPath("../other/w.md") == "../other/w.md")
    #expect(reporter.displayPath("/elsewhere/w.md") == "../../elsewhere/w.md")
  }

  @Test func anAbsolutePathThroughASymbolicLinkIsNamedByItsRealPlace() {
    let reporter = LintGitHubReporter(
      workingDirectory: "/private/tmp/repo",
      canonicalPath: { $0 == "/tmp/repo/content/w.md" ? "/private/tmp/repo/content/w.md" : nil })
    #expect(reporter.displayPath("/tmp/repo/content/w.md") == "content/w.md")
  }

  @Test func withoutAWorkingDirectoryPathsAreOnlyTidied() {
    #expect(LintGitHubReporter().displayPath("./a/./b.md") == "a/b.md")
    #expect(LintGitHubReporter().displayPath("<stdin>") == "<stdin>")
  }

  @Test func theFilePropertyIsTheRelativePath() {
    let out = output([finding(message: "m", path: "./site/content/w.md")], LintGitHubReporter(workingDirectory: "/r"))
    #expect(out.hasPrefix("::error file=site/content/w.md,line=3,col=5,endLine=3,endColumn=9,"), "\(out)")
  }

  @Test func theReporterOnAFileSystemUsesItsCurrentFolder() {
    let fileSystem = MemoryFileSystem(["/r/site/w.md": ""], currentDirectory: "/r")
    let reporter = LintGitHubReporter(fileSystem: fileSystem)
    #expect(reporter.displayPath("/r/site/w.md") == "site/w.md")
    #expect(reporter.displayPath("./site/w.md") == "site/w.md")
  }

  // MARK: - Escapes

  @Test func aPercentInTheMessageIsEncodedSoAnEncodedNewlineStaysText() {
    let out = output([finding(message: "date %0A::error::pwned is not a date")])
    #expect(out.hasSuffix("::date %250A::error::pwned is not a date\n"), "\(out)")
    #expect(commands(out) == ["error"])
  }

  @Test func newlinesAndCarriageReturnsInTheMessageAreEncoded() {
    let out = output([finding(message: "one\n::add-mask::secret\r\n::error::two", fix: "fix\rit")])
    #expect(out.hasSuffix("::one%0A::add-mask::secret%0D%0A::error::two%0Afix%0Dit\n"), "\(out)")
    #expect(out.split(separator: "\n").count == 1)
    #expect(commands(out) == ["error"])
  }

  @Test func aPathWithACommaOrAColonCannotAddAProperty() {
    let out = output([finding(message: "m", path: "s/a,line=99:b%.md")])
    #expect(out.hasPrefix("::error file=s/a%2Cline=99%3Ab%25.md,line=3,"), "\(out)")
  }

  @Test func aPathWithANewlineCannotStartACommand() {
    let out = output([finding(message: "m", path: "s/a\n::add-mask::x\r.md")])
    #expect(out.hasPrefix("::error file=s/a%0A%3A%3Aadd-mask%3A%3Ax%0D.md,"), "\(out)")
    #expect(commands(out) == ["error"])
  }

  @Test func propertiesEncodeColonsAndCommasAsWellAsTheMessageCharacters() {
    #expect(DiagnosticGitHub.property("a:b,c%d\re\nf") == "a%3Ab%2Cc%25d%0De%0Af")
    #expect(DiagnosticGitHub.data("a:b,c%d\re\nf") == "a:b,c%25d%0De%0Af")
  }

  @Test func everyFindingIsExactlyOneCommand() {
    let hostile = [
      "%0A::error::pwned", "::add-mask::", "a\nb", "a\rb", "::stop-commands::tok", "%25", "x\u{85}y", ":: ::",
    ]
    let findings = hostile.enumerated().map { finding(message: $1, path: "s/\($0),\($1):.md", fix: $1) }
    let out = output(findings)
    #expect(commands(out) == Array(repeating: "error", count: hostile.count), "\(out)")
    #expect(out.split(separator: "\n", omittingEmptySubsequences: false).count == hostile.count + 1)
  }
}
