import Testing

@testable import WorklogKit

/// `LintSession.report`: the sites in order, then the configuration files' own findings.
@Suite struct LintSessionTests {
  static func page(_ week: Int) -> String {
    "---\ntitle: \"Week \(week)\"\nweight: \(week)\n---\n### Week \(week) Objectives\n- Read about storage\n"
  }

  static let files: [String: String] = [
    "s/content/1-Worklog/1.1-Week1/_index.md": page(1),
    "s/content/1-Worklog/1.2-Week2/_index.md": page(2),
    "s/.worklog.json": "{ \"rules\": { \"NOPE1\": \"off\" } }\n",
    "t/content/1-Worklog/1.1-Week1/_index.md": page(1),
    "t/.worklog.json": "{ \"rules\": { \"NOPE2\": \"off\" } }\n",
  ]

  /// Each site handed to `render`, in the order written, with the problems reported.
  func report(mayQuote: @escaping (String) -> Bool = { _ in true }) -> (
    sites: [FindingsSite], outcome: LintOutcome, problems: [String]
  ) {
    let fs = MemoryFileSystem(Self.files)
    let session = LintSession(fileSystem: fs, parallelism: 2)
    var sites: [FindingsSite] = []
    var problems: [String] = []
    let outcome = session.report(
      Workspace.resolve(["s", "t"], fileSystem: fs), mayQuote: mayQuote, render: { $0 },
      problem: { problems.append("\($0): \($1)") }
    ) { sites.append($0) }
    return (sites, outcome, problems)
  }

  /// Issue 12: an unknown rule code is a configuration error, said once per file at its place.
  @Test func badConfigurationsAreProblemsOnceEach() {
    let (sites, outcome, problems) = report()
    #expect(sites.map(\.pages) == [2, 1, 0])
    #expect(outcome.failed)
    #expect(
      problems == [
        "s/.worklog.json:1:14: unknown rule 'NOPE1' in 'rules' (see 'worklog rules')",
        "t/.worklog.json:1:14: unknown rule 'NOPE2' in 'rules' (see 'worklog rules')",
      ])
  }

  @Test func theCheckBeforeTheRunFindsEachBadFileOnce() {
    let fs = MemoryFileSystem(Self.files)
    let session = LintSession(fileSystem: fs, parallelism: 1)
    let errors = session.configurationErrors(Workspace.resolve(["s", "t"], fileSystem: fs))
    #expect(errors.map(\.place) == ["s/.worklog.json:1:14", "t/.worklog.json:1:14"])
  }

  @Test func aPageThatCannotBeReadFailsTheRun() {
    let fs = MemoryFileSystem(bytes: ["s/content/1-Worklog/1.1-Week1/_index.md": Array(Self.page(1).utf8)])
    let session = LintSession(fileSystem: fs, parallelism: 1)
    var workspace = Workspace.resolve(["s"], fileSystem: fs)
    workspace.pages.append(PagePath("s/content/1-Worklog/1.2-Week2/_index.md"))
    var problems: [String] = []
    let outcome = session.report(
      workspace, mayQuote: { _ in true }, render: { $0 }, problem: { path, _ in problems.append(path) }
    ) { _ in }
    #expect(outcome.failed)
    #expect(problems == ["s/content/1-Worklog/1.2-Week2/_index.md"])
  }
}
