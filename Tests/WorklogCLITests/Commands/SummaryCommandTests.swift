import Testing
import WorklogTestSupport

@testable import WorklogCLI
@testable import WorklogKit

/// One golden case: a command line over a file system, and the golden's base name.
struct SummaryGoldenCase: Sendable, CustomTestStringConvertible {
  var name: String
  var arguments: [String]
  var source: Source
  /// The exit status the run must have.
  var status: WorklogCLI.ExitStatus
  /// The environment's variables: a UTF-8 locale unless a case says otherwise.
  var variables: [String: String] = ["LANG": "C.UTF-8"]

  enum Source: Sendable { case sample, sampleCohort, interns, mentor }

  var testDescription: String { name }

  var fileSystem: any FileSystem {
    switch source {
    case .sample: return RepositoryFileSystem()
    case .sampleCohort: return SummaryFixtures.sampleCohort()
    case .interns: return SummaryFixtures.internsFileSystem
    case .mentor: return MemoryFileSystem(SummaryFixtures.mentor)
    }
  }

  static let formats = [("txt", "text"), ("md", "markdown"), ("json", "json")]

  static var all: [SummaryGoldenCase] {
    let levels: [(String, [String], Source, WorklogCLI.ExitStatus)] = [
      ("sample-week", ["worklogs", "--week", "8"], .sample, .success),
      ("sample-term", ["worklogs"], .sample, .success),
      ("sample-cohort", ["cohort"], .sampleCohort, .success),
      ("interns-week", ["interns", "--week", "1"], .interns, .failure),
      ("interns-term", ["interns/an"], .interns, .failure),
      ("interns-cohort", ["interns", "--sort", "missing"], .interns, .failure),
      ("mentor-cohort", ["mentor"], .mentor, .success),
      ("mentor-term", ["mentor/an__fcj-worklog"], .mentor, .success),
      ("mentor-week", ["mentor", "--week", "5"], .mentor, .success),
      ("interns-week-details", ["interns", "--week", "1", "--details"], .interns, .failure),
    ]
    let cases = levels.flatMap { level in
      formats.map { ext, format in
        SummaryGoldenCase(
          name: "summary-\(level.0).\(ext)", arguments: ["summary"] + level.1 + ["--format", format], source: level.2,
          status: level.3)
      }
    }
    let ascii = [
      SummaryGoldenCase(
        name: "summary-mentor-cohort-ascii.txt", arguments: ["summary", "mentor", "--ascii"], source: .mentor,
        status: .success),
      SummaryGoldenCase(
        name: "summary-mentor-cohort-ascii.md", arguments: ["summary", "mentor", "--ascii", "--format", "markdown"],
        source: .mentor, status: .success),
    ]
    // The JSON of the new cases is the JSON reporter's to test.
    let new = ["-details", "mentor-"]
    return cases.filter { c in !(c.name.hasSuffix(".json") && new.contains { c.name.contains($0) }) } + ascii
  }
}

@Suite struct SummaryCommandTests {
  @Test(arguments: SummaryGoldenCase.all)
  func golden(_ c: SummaryGoldenCase) {
    let run = CommandRun(c.arguments, fileSystem: c.fileSystem, variables: c.variables)
    let result = (out: run.stdout, err: run.stderr, status: run.status)
    #expect(result.status == c.status, "stderr: \(result.err)")
    Golden.check(result.out, c.name)
    if c.name.hasSuffix(".txt") {
      for line in result.out.split(separator: "\n") {
        #expect(WordWrap.width(line) <= 80, "too wide: \(line)")
        #expect(line.last != " ", "trailing space: \(line)")
      }
    }
  }

  @Test func markdownHasNoRawHTMLAndEveryTableRowHasItsColumns() {
    let interns = [["interns", "--week", "1"], ["interns/an"], ["interns"], ["interns", "--week", "1", "--details"]]
    let mentor = [["mentor"], ["mentor", "--week", "5"], ["mentor/an__fcj-worklog"]]
    for (args, fs) in interns.map({ ($0, SummaryFixtures.internsFileSystem as any FileSystem) })
      + mentor.map({ ($0, MemoryFileSystem(SummaryFixtures.mentor) as any FileSystem) })
    {
      let out = run(["summary"] + args + ["--format", "markdown"], fs).out
      #expect(!out.contains("\u{1B}"))
      var columns: Int?
      for line in out.split(separator: "\n", omittingEmptySubsequences: false) {
        #expect(!Self.unescaped("<", in: line), "raw < in: \(line)")
        guard line.hasPrefix("|") else {
          columns = nil
          continue
        }
        let cells = Self.unescapedPipes(in: line)
        if let columns { #expect(cells == columns, "\(line)") } else { columns = cells }
      }
    }
  }

  @Test func aLocaleThatIsNotUTF8DrawsTheStripInASCIIButNotTheMarkdown() {
    let fs = MemoryFileSystem(SummaryFixtures.mentor)
    let utf8 = CommandRun(["summary", "mentor"], fileSystem: fs, variables: ["LANG": "en_US.UTF-8"]).stdout
    let ascii = CommandRun(["summary", "mentor", "--ascii"], fileSystem: fs, variables: ["LANG": "en_US.UTF-8"]).stdout
    for variables in [[:], ["LANG": "C"], ["LC_ALL": "POSIX", "LANG": "en_US.UTF-8"]] {
      #expect(CommandRun(["summary", "mentor"], fileSystem: fs, variables: variables).stdout == ascii)
      let markdown = CommandRun(["summary", "mentor", "--format", "markdown"], fileSystem: fs, variables: variables)
      #expect(markdown.stdout.contains("`●●◐◎○`"))
    }
    #expect(utf8.contains("●●◐◎○"))
    #expect(ascii.contains("##+ct"))
    #expect(!ascii.contains("●"))
    #expect(utf8 != ascii)
  }

  @Test func severalSitesInOneWeekAreATableUnlessDetailsAreAsked() {
    let fs = SummaryFixtures.internsFileSystem
    let table = run(["summary", "interns", "--week", "1"], fs).out
    let details = run(["summary", "interns", "--week", "1", "--details"], fs).out
    let one = run(["summary", "interns/binh", "--week", "1"], fs).out
    #expect(table.hasPrefix("Week 1: 3 sites, sorted by name\n"))
    #expect(!table.contains("Objectives ("))
    #expect(details.hasPrefix(table))
    #expect(details.contains("\nbinh: week 1 (en)\n"))
    #expect(one.hasPrefix("binh: week 1 (en)\n"))
  }

  @Test func textShowsControlCharactersAsEscapes() {
    let out = run(["summary", "interns", "--week", "1", "--details"], SummaryFixtures.internsFileSystem).out
    #expect(!out.contains("\u{1B}"))
    #expect(out.contains("\\x1B[31min"))
  }

  @Test func anUnreadablePageIsSummarisedAndFailsTheRun() {
    let result = run(["summary", "interns/an", "--week", "4"], SummaryFixtures.internsFileSystem)
    #expect(result.status == .failure)
    #expect(result.err == "worklog summary: interns/an/content/1-Worklog/1.4-Week4/_index.md: permission denied\n")
    #expect(result.out.contains("Status      page cannot be read"))
    #expect(
      result.out.contains("  - cannot read interns/an/content/1-Worklog/1.4-Week4/_index.md: permission\n    denied\n"))
  }

  @Test func allLanguagesGiveOneEntryPerLanguage() throws {
    let out = run(["summary", "worklogs", "--lang", "all", "--format", "json", "--week", "3"], RepositoryFileSystem())
      .out
    #expect(out.contains("\"title\": \"Week 3 Worklog\""))
    #expect(out.contains("\"title\": \"Nhật ký Tuần 3\""))
    #expect(out.components("\"languages\": [\n        \"vi\"\n      ]") == 1)
    #expect(out.components("\"languages\": [\n        \"en\"\n      ]") == 1)
  }

  @Test func vietnameseOnlyShowsTheVietnamesePages() {
    let out = run(["summary", "worklogs", "--lang", "vi", "--week", "8"], RepositoryFileSystem()).out
    #expect(out.hasPrefix("Nhật ký Tuần 8\n") || out.contains("Title       Nhật ký Tuần 8"))
    #expect(out.contains("worklogs: week 8 (vi)"))
  }

  @Test func aMissingPathIsReportedAndTheRestSummarised() {
    let result = run(["summary", "interns/binh", "interns/nobody"], SummaryFixtures.internsFileSystem)
    #expect(result.status == .failure)
    #expect(result.err == "worklog summary: interns/nobody: no such file or directory\n")
    #expect(result.out.hasPrefix("binh (en)\n"))
  }

  @Test func helpIsPrintedAndSucceeds() {
    for args in [["summary", "--help"], ["summary", "-h"], ["help", "summary"]] {
      let result = run(args, SummaryFixtures.internsFileSystem)
      #expect(result.status == .success)
      #expect(result.out.hasPrefix("Usage: worklog summary [PATH ...] [--week N | --weeks A-B]"))
    }
    let list = run(["--help"], SummaryFixtures.internsFileSystem).out.split(separator: "\n")
    #expect(
      list.contains {
        $0.hasPrefix("  summary ") && $0.hasSuffix("Summarise one week, a site's term, or a cohort of sites.")
      })
  }

  @Test(arguments: [
    (["--week", "eight"], "option '--week' needs a week number, not 'eight'"),
    (["--week", "1", "--weeks", "1-4"], "give --week or --weeks, not both"),
    (["--weeks", "5-2"], "option '--weeks' needs a range A-B such as 1-12, not '5-2'"),
    (["--weeks", "5"], "option '--weeks' needs a range A-B such as 1-12, not '5'"),
    (["--format", "html"], "option '--format' must be one of text, markdown, json, csv, not 'html'"),
    (["--sort", "age"], "option '--sort' must be one of name, missing, findings, last, not 'age'"),
    (["--lang", "fr"], "option '--lang' must be one of en, vi, all, not 'fr'"),
  ])
  func usageErrorsExit2WithOneLineAndTheHint(_ arguments: [String], _ message: String) {
    let result = run(["summary", "interns"] + arguments, SummaryFixtures.internsFileSystem)
    #expect(result.status == .failure)
    #expect(result.out.isEmpty)
    #expect(result.err == "worklog summary: \(message)\nSee 'worklog summary --help'.\n")
  }

  @Test func aWeekRangeCountsWeeksNotWrittenYet() {
    let out = run(["summary", "interns/binh", "--weeks", "1-4", "--format", "json"], SummaryFixtures.internsFileSystem)
      .out
    #expect(out.contains("\"weeksMissing\": [\n          3,\n          4\n        ]"))
  }

  /// Whether `character` occurs in `line` without a backslash before it.
  static func unescaped(_ character: Character, in line: Substring) -> Bool {
    var escaped = false
    for c in line {
      if c == character && !escaped { return true }
      escaped = c == "\\" && !escaped
    }
    return false
  }

  /// The number of cells in a table row: unescaped `|` less one.
  static func unescapedPipes(in line: Substring) -> Int {
    var count = 0
    var escaped = false
    for c in line {
      if c == "|" && !escaped { count += 1 }
      escaped = c == "\\" && !escaped
    }
    return count - 1
  }
}

extension String {
  /// How many times `needle` occurs.
  func components(_ needle: String) -> Int {
    var count = 0
    var rest = self[...]
    while let r = rest.range(of: needle) {
      count += 1
      rest = rest[r.upperBound...]
    }
    return count
  }
}
