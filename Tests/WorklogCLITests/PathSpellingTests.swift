import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// A three-week site written for these tests: week 2's weight says 7 (one WL107 on its page),
/// week 3 has no achievements section.
enum ThreeWeekSite {
  static func page(_ n: Int, weight: Int? = nil, achievements: Bool = true) -> String {
    var text = """
      ---
      title: "Week \(n) Worklog"
      weight: \(weight ?? n)
      chapter: false
      pre: " <b> 1.\(n). </b> "
      ---

      ### Week \(n) Objectives:

      * Learn part \(n) of the course

      ### Tasks to be carried out this week:

      | Day | Task | Start Date | Completion Date | Reference Material |
      | --- | --- | --- | --- | --- |
      | 2 | Read chapter \(n) | \(7 * n + 1)/09/2025 | \(7 * n + 1)/09/2025 | |

      """
    if achievements { text += "\n### Week \(n) Achievements:\n\n* Finished part \(n)\n" }
    return text
  }

  static func path(_ n: Int) -> String { "content/1-Worklog/1.\(n)-Week\(n)/_index.md" }

  /// The site's files below `root`.
  static func files(at root: String) -> [String: String] {
    [
      root + "/" + path(1): page(1),
      root + "/" + path(2): page(2, weight: 7),
      root + "/" + path(3): page(3, achievements: false),
    ]
  }
}

@Suite struct PathSpellingTests {
  static let root = "/home/me/site"

  /// Every spelling, from its current folder, of the same site.
  static let spellings: [(cwd: String, path: String)] = [
    ("\(root)/content/1-Worklog", "."),
    ("\(root)/content", "./1-Worklog"),
    ("\(root)/content", "1-Worklog/"),
    (root, "."),
    ("/home/me", "site/"),
    ("/home/me/other", "../site/content"),
    ("/", root),
  ]

  /// What must not depend on the spelling: the findings per rule and the totals line.
  static func statistics(_ run: CommandRun) -> String {
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.filter { $0.contains(" in ") && $0.contains("pages") || $0.hasPrefix("WL") || $0.contains(" WL") }
      .joined(separator: "\n")
  }

  @Test func everySpellingInMemoryLintsTheSamePages() {
    let files = ThreeWeekSite.files(at: Self.root)
    let runs = Self.spellings.map { s in
      CommandRun(["lint", s.path, "--statistics"], fileSystem: MemoryFileSystem(files, currentDirectory: s.cwd))
    }
    let reference = Self.statistics(runs[runs.count - 1])
    #expect(reference.contains("in 3 pages"))
    #expect(reference.contains("WL107"))
    for (s, run) in zip(Self.spellings, runs) {
      #expect(Self.statistics(run) == reference, "cd \(s.cwd) && worklog lint \(s.path)\n\(run.stdout)\(run.stderr)")
    }
  }

  @Test func everySpellingInMemorySummarisesTheSameSite() {
    let files = ThreeWeekSite.files(at: Self.root)
    for s in Self.spellings {
      let run = CommandRun(
        ["summary", s.path, "--format", "json"], fileSystem: MemoryFileSystem(files, currentDirectory: s.cwd))
      #expect(run.stdout.contains("\"site\": \"site\""), "cd \(s.cwd) && worklog summary \(s.path)\n\(run.stdout)")
      #expect(run.stdout.components("\"status\": \"ok\"") == 3, "cd \(s.cwd) && worklog summary \(s.path)")
    }
  }

  @Test func everySpellingOnDiskLintsTheSamePages() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for (path, text) in ThreeWeekSite.files(at: "site") { folder.write(path, text) }
    folder.write("other/notes.txt", "not a page\n")
    let site = folder.path + "/site"
    let spellings: [(cwd: String, path: String)] = [
      ("\(site)/content/1-Worklog", "."),
      ("\(site)/content", "./1-Worklog"),
      ("\(site)/content", "1-Worklog/"),
      (site, "."),
      (folder.path, "site/"),
      ("\(folder.path)/other", "../site/content"),
      ("/", site),
    ]
    let runs = spellings.map { s in
      CommandRun(["lint", s.path, "--statistics"], fileSystem: LocalFileSystem(currentDirectory: s.cwd))
    }
    let reference = Self.statistics(runs[runs.count - 1])
    #expect(reference.contains("in 3 pages"))
    for (s, run) in zip(spellings, runs) {
      #expect(Self.statistics(run) == reference, "cd \(s.cwd) && worklog lint \(s.path)\n\(run.stdout)\(run.stderr)")
    }
    let summary = CommandRun(
      ["summary", ".", "--format", "json"], fileSystem: LocalFileSystem(currentDirectory: "\(site)/content/1-Worklog"))
    #expect(summary.stdout.contains("\"site\": \"site\""))
    #expect(summary.stdout.contains("\"path\": \"\(site)\""))
  }
}
