import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// `worklog lint --format github` end to end: the paths GitHub matches to the diff, and a page's
/// text that cannot start a workflow command of its own.
@Suite struct LintGitHubFormatTests {
  /// The three-week site at `/repo/site`, week 1's front matter `date` set to `date`.
  static func fileSystem(date: String) -> MemoryFileSystem {
    var files = ThreeWeekSite.files(at: "/repo/site")
    let week1 = "/repo/site/" + ThreeWeekSite.path(1)
    files[week1] = files[week1]?.replacingAll("weight: 1\n", with: "weight: 1\ndate: \"\(date)\"\n")
    return MemoryFileSystem(files, currentDirectory: "/repo")
  }

  /// The `file=` property of every annotation in `output`.
  static func files(_ output: String) -> Set<Substring> {
    Set(
      output.split(separator: "\n").compactMap { line in
        guard let start = line.range(of: "file=") else { return nil }
        return line[start.upperBound...].prefix { $0 != "," }
      })
  }

  @Test(arguments: ["./site", "site/", "/repo/site", "/repo/./site/content/../"])
  func pathsAreRelativeToTheWorkingDirectoryWithoutDotSlash(_ spelling: String) {
    let run = CommandRun(["lint", spelling, "--format", "github"], fileSystem: Self.fileSystem(date: "2025-09-08"))
    #expect(
      Self.files(run.stdout) == [
        "site/content/1-Worklog/1.2-Week2/_index.md", "site/content/1-Worklog/1.3-Week3/_index.md",
      ],
      "\(run.stdout)")
  }

  @Test func aNamedPageFromInsideTheSiteIsNamedFromTheWorkingDirectory() {
    var fileSystem = Self.fileSystem(date: "2025-09-08")
    fileSystem.currentDirectory = "/repo/site/content"
    let run = CommandRun(["lint", "./1-Worklog/1.2-Week2/_index.md", "--format", "github"], fileSystem: fileSystem)
    #expect(Self.files(run.stdout) == ["1-Worklog/1.2-Week2/_index.md"], "\(run.stdout)")
  }

  @Test func anEncodedNewlineInAPageStaysText() {
    let run = CommandRun(
      ["lint", "site", "--format", "github", "--select", "WL104"],
      fileSystem: Self.fileSystem(date: "%0A::error::pwned"))
    #expect(run.stdout.contains(#"::date "%250A::error::pwned" is not a date%0A"#), "\(run.stdout)")
    #expect(run.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }.count == 1, "\(run.stdout)")
  }

  @Test func aMaskCommandInAPageStaysInsideTheAnnotation() {
    let run = CommandRun(
      ["lint", "site", "--format", "github", "--select", "WL104"], fileSystem: Self.fileSystem(date: "::add-mask::x"))
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 1, "\(run.stdout)")
    #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    #expect(run.stdout.contains(#"::date "::add-mask::x" is not a date%0A"#), "\(run.stdout)")
  }
}
