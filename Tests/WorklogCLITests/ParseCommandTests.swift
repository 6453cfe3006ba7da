import Foundation
import Testing
import WorklogKit

@testable import WorklogCLI

/// Runs the CLI in process against an in-memory site.
private struct Run {
  var status: WorklogCLI.ExitStatus
  var stdout: String
  var stderr: String

  init(_ arguments: [String], files: [String: String] = Run.site, stdin: String = "") {
    let out = TextSink()
    let err = TextSink()
    let input = Array(stdin.utf8)
    let env = Environment(stdout: out, stderr: err, fileSystem: MemoryFileSystem(files), readStandardInput: { input })
    status = CLI.run(arguments, env)
    stdout = out.text
    stderr = err.text
  }

  /// Two weeks in two languages, plus the section's overview.
  static let site: [String: String] = [
    "site/content/1-Worklog/_index.md": "---\ntitle: \"Worklog\"\n---\nThe weekly log.\n",
    "site/content/1-Worklog/1.1-Week1/_index.md": week(1, "Objectives", "Study IAM"),
    "site/content/1-Worklog/1.1-Week1/_index.vi.md": week(1, "Mục tiêu", "Học IAM"),
    "site/content/1-Worklog/1.2-Week2/_index.md": week(2, "Objectives", "Study VPC"),
    "site/content/1-Worklog/1.2-Week2/_index.vi.md": week(2, "Mục tiêu", "Học VPC"),
  ]

  static func week(_ n: Int, _ heading: String, _ task: String) -> String {
    """
    ---
    title: "Week \(n)"
    ---
    ### \(heading)
    - \(task)

    | Day | Task | Start Date |
    | --- | --- | --- |
    | 2 | \(task) | 0\(n)/09/2025 |
    """
  }
}

/// The JSON value of `text`, through Foundation's reader: what any consumer would see.
private func json(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}

@Suite struct ParseCommandTests {
  @Test func jsonLinesGivesOneLinePerWeekPage() throws {
    let run = Run(["parse", "--format", "jsonl", "site"])
    #expect(run.status == .success)
    #expect(run.stderr == "")
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    try #require(lines.count == 5)
    #expect(lines.last == "")
    let docs = try lines.dropLast().map { try #require(try json(String($0)) as? [String: Any]) }
    #expect(
      docs.map { $0["path"] as? String } == [
        "site/content/1-Worklog/1.1-Week1/_index.md", "site/content/1-Worklog/1.1-Week1/_index.vi.md",
        "site/content/1-Worklog/1.2-Week2/_index.md", "site/content/1-Worklog/1.2-Week2/_index.vi.md",
      ])
    #expect(docs.map { $0["week"] as? Int } == [1, 1, 2, 2])
    #expect(docs.map { $0["language"] as? String } == ["en", "vi", "en", "vi"])
  }

  @Test func jsonIsOneArray() throws {
    let run = Run(["parse", "site", "--format=json"])
    #expect(run.status == .success)
    let docs = try #require(try json(run.stdout) as? [[String: Any]])
    #expect(docs.count == 4)
    #expect(docs.allSatisfy { $0["kind"] as? String == "week" })
    let tasks = try #require(docs.first?["tasks"] as? [[String: Any]])
    #expect(tasks.first?["start"] as? String == "2025-09-01")
  }

  @Test func jsonIsTheDefaultFormat() throws {
    let run = Run(["parse", "site/content/1-Worklog/1.2-Week2"])
    #expect(run.status == .success)
    #expect((try json(run.stdout) as? [Any])?.count == 2)
  }

  @Test func noWeekPagesGivesAnEmptyArray() throws {
    let run = Run(["parse", "site/content/1-Worklog/_index.md"])
    #expect(run.status == .success)
    let docs = try #require(try json(run.stdout) as? [[String: Any]])
    #expect(docs.map { $0["kind"] as? String } == ["overview"])
  }

  @Test func missingPathFailsAndNamesThePath() {
    let run = Run(["parse", "site", "no/such/folder"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("no/such/folder"))
    #expect(run.stderr.contains("no such file or directory"))
  }

  @Test func folderWithoutPagesFails() {
    let run = Run(["parse", "blog"], files: ["blog/content/posts/hello.md": "Hi"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("blog: no worklog pages found"))
  }

  @Test func unknownOptionFailsWithOneLineAndTheHint() {
    let run = Run(["parse", "--frobnicate", "site"])
    #expect(run.status == .failure)
    #expect(run.stdout == "")
    #expect(run.stderr == "worklog parse: unknown option '--frobnicate'\nSee 'worklog parse --help'.\n")
  }

  @Test func badFormatFailsWithUsage() {
    let run = Run(["parse", "--format", "xml", "site"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("must be one of json, jsonl"))
  }

  @Test func formatWithoutAValueFails() {
    let run = Run(["parse", "site", "--format"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("option '--format' needs a value"))
  }

  @Test(arguments: [["-h"], ["--help"], ["help"]])
  func helpSucceeds(_ arguments: [String]) {
    let run = Run(arguments)
    #expect(run.status == .success)
    #expect(run.stdout.contains("Usage: worklog <command>"))
    #expect(run.stderr == "")
  }

  @Test(arguments: [["parse", "-h"], ["parse", "--help"], ["help", "parse"]])
  func commandHelpSucceeds(_ arguments: [String]) {
    let run = Run(arguments)
    #expect(run.status == .success)
    #expect(run.stdout.hasPrefix("Usage: worklog parse"))
  }

  @Test func version() {
    let run = Run(["--version"])
    #expect(run.status == .success)
    #expect(run.stdout == "worklog \(CLI.version)\n")
  }

  @Test func noArgumentsPrintsUsageAndFails() {
    let run = Run([])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("Usage: worklog <command>"))
  }

  @Test func unknownCommandFails() {
    let run = Run(["lint-everything"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("unknown command 'lint-everything'"))
  }

  @Test func doubleDashLetsAPathStartWithADash() throws {
    let files = ["-week-5.md": "---\ntitle: \"Week 5\"\n---\n### Week 5 Objectives\n- a\n"]
    let run = Run(["parse", "--format", "jsonl", "--", "-week-5.md"], files: files)
    #expect(run.status == .success)
    let doc = try #require(try json(run.stdout) as? [String: Any])
    #expect(doc["path"] as? String == "-week-5.md")
    #expect(doc["week"] as? Int == 5)
    let without = Run(["parse", "-week-5.md"], files: files)
    #expect(without.status == .failure)
  }

  @Test func dashReadsStandardInput() throws {
    let run = Run(
      ["parse", "--format", "jsonl", "-"], stdin: "---\ntitle: \"Week 4\"\n---\n### Week 4 Objectives\n- Learn EC2\n")
    #expect(run.status == .success)
    let doc = try #require(try json(run.stdout) as? [String: Any])
    #expect(doc["path"] as? String == "<stdin>")
    #expect(doc["week"] as? Int == 4)
    #expect((doc["objectives"] as? [[String: Any]])?.first?["text"] as? String == "Learn EC2")
  }

  @Test func schemaPrintsValidJSON() throws {
    let run = Run(["schema"])
    #expect(run.status == .success)
    let schema = try #require(try json(run.stdout) as? [String: Any])
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(schema["type"] as? String == "object")
    #expect((schema["required"] as? [String])?.contains("tasks") == true)
  }

  @Test func schemaTakesNoPath() {
    let run = Run(["schema", "site"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains("schema takes no PATH"))
  }
}
