import Testing
import WorklogTestSupport

@testable import WorklogCLI
@testable import WorklogKit

@Suite struct ReportCommandTests {
  static func fileSystem() -> WritableMemoryFileSystem { WritableMemoryFileSystem(ReportFixtures.files) }

  @Test func goldenOfASmallCohort() {
    let result = CommandRun(["report", "cohort"], fileSystem: Self.fileSystem())
    #expect(result.status == .success, "stderr: \(result.stderr)")
    #expect(result.stderr.isEmpty)
    Golden.check(result.stdout, "report-cohort.html")
  }

  @Test func rendersTheModelSummaryJSONGives() {
    let html = CommandRun(["report", "cohort", "--sort", "missing", "--weeks", "1-5"], fileSystem: Self.fileSystem())
    let json = CommandRun(
      ["summary", "cohort", "--sort", "missing", "--weeks", "1-5", "--format", "json"], fileSystem: Self.fileSystem())
    #expect(html.status == .success && json.status == .success)
    // Both name the sites in the same order and give every week of 1-5.
    #expect(html.stdout.contains("weeks 1-5 expected (from --weeks 1-5)"))
    let order = ["alpha", "beta"].sorted {
      (json.stdout.firstRange(of: "\"cohort/\($0)")?.lowerBound ?? json.stdout.endIndex)
        < (json.stdout.firstRange(of: "\"cohort/\($1)")?.lowerBound ?? json.stdout.endIndex)
    }
    let shown = ["alpha", "beta"].sorted {
      (html.stdout.firstRange(of: ">\($0)</a></th>")?.lowerBound ?? html.stdout.endIndex)
        < (html.stdout.firstRange(of: ">\($1)</a></th>")?.lowerBound ?? html.stdout.endIndex)
    }
    #expect(order == shown)
    #expect(html.stdout.contains("data-t=\"week 5\""))
  }

  @Test func writesTheFileGivenWithDashO() throws {
    let fs = Self.fileSystem()
    let result = CommandRun(["report", "cohort", "-o", "out/report.html"], fileSystem: fs)
    #expect(result.status == .success, "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
    let written = String(decoding: try fs.read("out/report.html"), as: UTF8.self)
    #expect(written == CommandRun(["report", "cohort"], fileSystem: Self.fileSystem()).stdout)
    // A second run replaces it whole.
    fs.set("out/report.html", Array("old".utf8))
    #expect(CommandRun(["report", "cohort", "--output=out/report.html"], fileSystem: fs).status == .success)
    #expect(String(decoding: try fs.read("out/report.html"), as: UTF8.self) == written)
  }

  @Test func dashOWithDashWritesStandardOutput() {
    let result = CommandRun(["report", "cohort", "-o", "-"], fileSystem: Self.fileSystem())
    #expect(result.status == .success)
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
  }

  @Test func refusesAFolderOrAReadOnlyFileWithAClearMessage() {
    let folder = CommandRun(["report", "cohort", "-o", "cohort"], fileSystem: Self.fileSystem())
    #expect(folder.status == .failure)
    #expect(folder.stdout.isEmpty)
    #expect(folder.stderr == "worklog report: cannot write cohort: is a folder\n")
    let fs = Self.fileSystem()
    fs.set("locked.html", Array("keep".utf8))
    fs.makeReadOnly("locked.html")
    let locked = CommandRun(["report", "cohort", "-o", "locked.html"], fileSystem: fs)
    #expect(locked.status == .failure)
    #expect(locked.stderr.hasPrefix("worklog report: cannot write locked.html: "), "\(locked.stderr)")
    #expect((try? fs.read("locked.html")) == Array("keep".utf8))
    let readOnly = CommandRun(["report", "cohort", "-o", "r.html"], files: ReportFixtures.files)
    #expect(readOnly.status == .failure)
    #expect(readOnly.stderr == "worklog report: cannot write r.html: this file system cannot be written\n")
  }

  @Test func usageErrorsAndUnreadableInputsExitTwo() {
    let missing = CommandRun(["report", "nowhere"], fileSystem: Self.fileSystem())
    #expect(missing.status == .failure)
    #expect(missing.stderr.contains("nowhere"))
    #expect(missing.stdout.hasPrefix("<!DOCTYPE html>"), "what could be read is still written")
    let badSort = CommandRun(["report", "cohort", "--sort", "size"], fileSystem: Self.fileSystem())
    #expect(badSort.status == .failure)
    #expect(badSort.stderr.hasPrefix("worklog report: option '--sort' must be one of"))
    let empty = CommandRun(["report", "cohort", "-o", ""], fileSystem: Self.fileSystem())
    #expect(empty.status == .failure)
    #expect(empty.stderr.hasPrefix("worklog report: option '--output' needs a file name"))
  }

  @Test func helpNamesTheOptions() {
    let help = CommandRun(["report", "--help"], fileSystem: Self.fileSystem()).stdout
    for option in ["-o, --output FILE", "--weeks A-B", "--lang en|vi|all", "--sort"] {
      #expect(help.contains(option), "\(option)")
    }
  }
}
