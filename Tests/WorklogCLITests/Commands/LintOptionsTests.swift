import Testing

@testable import WorklogCLI
@testable import WorklogKit

/// lint's options for people and hooks: concise output, statistics alone, exit-zero,
/// standard input named as a page of its site, and paths in natural order.
@Suite struct LintOptionsTests {
  static let files = ThreeWeekSite.files(at: "site")
  static let week3 = "site/" + ThreeWeekSite.path(3)

  @Test func conciseIsOneLinePerFindingThenTheTotals() throws {
    let full = CommandRun(["lint", "site", "--format", "json"], files: Self.files)
    let count = full.stdout.components("\"code\":")
    let run = CommandRun(["lint", "site", "--output-format", "concise", "--fail-on", "warning"], files: Self.files)
    #expect(run.status == .findings)
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(count > 0)
    #expect(lines.count == count + 3, "\(run.stdout)")  // findings, blank, totals, end
    #expect(lines.contains { $0.hasPrefix(Self.week3 + ":") && $0.contains(": WL203 ") }, "\(run.stdout)")
    for line in lines.prefix(count) {
      let parts = line.split(separator: ":", maxSplits: 3)
      #expect(parts.count == 4 && Int(parts[1]) != nil && Int(parts[2]) != nil, "\(line)")
      #expect(parts[3].hasPrefix(" WL"), "\(line)")
    }
    #expect(run.stdout.hasSuffix("in 3 pages\n"))
  }

  @Test func outputFormatGoesWithTheTextFormatOnly() {
    let run = CommandRun(["lint", "site", "--format", "json", "--output-format", "concise"], files: Self.files)
    #expect(run.status == .failure)
    #expect(run.stderr.hasPrefix("worklog lint: --output-format goes with --format text\n"))
  }

  @Test func statisticsAlonePrintsOnlyTheTable() {
    let run = CommandRun(["lint", "site", "--statistics", "--fail-on", "warning"], files: Self.files)
    #expect(run.status == .findings)
    let json = CommandRun(["lint", "site", "--format", "json"], files: Self.files).stdout
    let findings = json.components("\"code\":")
    var table = run.stdout.split(separator: "\n")
    // The table, then the totals line that sums it up; no finding, no source line.
    #expect(table.popLast()?.hasSuffix(" in 3 pages") == true, "\(run.stdout)")
    #expect(!table.isEmpty)
    // Each line is `count  CODE  name (severity)`, and the counts add up to the findings.
    let total = table.compactMap { Int($0.split(separator: " ").first ?? "") }.reduce(0, +)
    #expect(total == findings, "\(run.stdout)")
    #expect(!run.stdout.contains("|") && !run.stdout.contains("site/"), "\(run.stdout)")
  }

  @Test func statisticsWithAToolFormatKeepsTheReportAndWritesTheTableToStderr() {
    let run = CommandRun(["lint", "site", "--statistics", "--format", "json"], files: Self.files)
    #expect(run.stdout.hasPrefix("["))
    #expect(run.stderr.contains("WL203"))
  }

  @Test func exitZeroTurnsFindingsIntoSuccessButNotErrors() {
    #expect(CommandRun(["lint", "site", "--fail-on", "warning"], files: Self.files).status == .findings)
    #expect(CommandRun(["lint", "site", "--fail-on", "warning", "--exit-zero"], files: Self.files).status == .success)
    #expect(CommandRun(["lint", "nowhere", "--exit-zero"], files: Self.files).status == .failure)
  }

  @Test func stdinFilenameLintsStandardInputAsThatPageOfItsSite() {
    // The piped week 3 has achievements, the one on disk does not: standard input is read.
    let piped = ThreeWeekSite.page(3)
    let run = CommandRun(
      ["lint", "--stdin-filename", Self.week3, "-", "--format", "json"], files: Self.files, stdin: piped)
    #expect(run.status == .success, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout == "[]\n", "\(run.stdout)")
    // The disk's week 3 reports its missing achievements when named itself.
    #expect(CommandRun(["lint", Self.week3, "--format", "json"], files: Self.files).stdout.contains("WL203"))
  }

  @Test func stdinFilenameReportsOnThatPathOnlyWithTheSiteAsContext() {
    // Week 3 piped without achievements: its own finding is named with the path; week 2's
    // wrong weight (another page) is not reported; no week is missing (weeks 1 and 2 are read).
    let piped = ThreeWeekSite.page(3, achievements: false)
    let run = CommandRun(
      ["lint", "--stdin-filename", Self.week3, "--format", "json", "--fail-on", "warning"], files: Self.files,
      stdin: piped)
    #expect(run.status == .findings)
    #expect(run.stdout.contains("\"path\":\"\(Self.week3)\""), "\(run.stdout)")
    #expect(run.stdout.contains("WL203"))
    #expect(!run.stdout.contains("WL107") && !run.stdout.contains("WL501") && !run.stdout.contains("<stdin>"))
    // Linted alone, without its site, the same page misses weeks 1 and 2.
    let alone = CommandRun(["lint", "-", "--format", "json"], files: Self.files, stdin: piped)
    #expect(alone.stdout.contains("<stdin>"))
  }

  @Test func stdinFilenameCanNameAPageNotWrittenYet() {
    var files = Self.files
    files[Self.week3] = nil
    let run = CommandRun(
      ["lint", "--stdin-filename", Self.week3, "-", "--format", "json"], files: files, stdin: ThreeWeekSite.page(3))
    #expect(run.status == .success, "\(run.stdout)\(run.stderr)")
  }

  @Test func stdinFilenameRefusesOtherPathsAndFix() {
    let other = CommandRun(["lint", "--stdin-filename", Self.week3, "site"], files: Self.files, stdin: "x")
    #expect(other.stderr.hasPrefix("worklog lint: --stdin-filename names standard input: give '-' as the PATH\n"))
    let fix = CommandRun(["lint", "--fix", "--stdin-filename", Self.week3, "-"], files: Self.files, stdin: "x")
    #expect(fix.status == .failure)
    #expect(fix.stderr.contains("does not go with --fix"))
  }

  @Test func weeksComeInNaturalOrder() {
    // Byte order puts 1.10-Week10 before 1.2-Week2; people expect week 2 first.
    var files: [String: String] = [:]
    for n in [1, 2, 10] { files["site/" + ThreeWeekSite.path(n)] = ThreeWeekSite.page(n, achievements: false) }
    let lint = CommandRun(["lint", "site", "--output-format", "concise", "--select", "WL203"], files: files)
    let paths = lint.stdout.split(separator: "\n").compactMap { $0.split(separator: ":").first }.filter {
      $0.hasPrefix("site/")
    }
    #expect(
      paths
        == ["site/" + ThreeWeekSite.path(1), "site/" + ThreeWeekSite.path(2), "site/" + ThreeWeekSite.path(10)].map {
          Substring($0)
        })
    let parse = CommandRun(["parse", "site", "--format", "jsonl"], files: files)
    let weeks = parse.stdout.split(separator: "\n").map { line in
      [1, 2, 10].first { line.contains("1.\($0)-Week\($0)/") } ?? -1
    }
    #expect(weeks == [1, 2, 10])
  }
}
