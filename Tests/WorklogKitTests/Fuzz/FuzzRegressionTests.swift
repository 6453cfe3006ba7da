import Testing
import WorklogTestSupport

@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// Inputs kept under Fixtures/Fuzz: crashes the fuzz target found, and minimal pages for each
/// quadratic scan or deep recursion fixed. Each must keep the fuzz target's invariants.
@Suite struct FuzzRegressionTests {
  static let folder: String = {
    let tests = #filePath.split(separator: "/").dropLast(2).joined(separator: "/")
    return "/" + tests + "/Fixtures/Fuzz"
  }()

  static var fixtures: [String] {
    ((try? LocalFileSystem().contents(of: folder)) ?? []).filter { !$0.hasPrefix(".") }
  }

  @Test func fixturesArePresent() {
    #expect(FuzzRegressionTests.fixtures.count >= 10)
  }

  func read(_ name: String) throws -> [UInt8] {
    try LocalFileSystem().read(FuzzRegressionTests.folder + "/" + name)
  }

  @Test func latin1BytesCountAsTheReplacementCharactersShown() throws {
    // `caf\xE9 \xB0 \x80\x80`: four U+FFFD before the code, which starts at column 37.
    let files = [Invariants.englishPath: try read("latin1-before-finding.md")]
    let findings = lint(files)
    let unknown = try #require(findings.first { $0.code == "WL003" })
    #expect(unknown.range.start.line == 7 && unknown.range.start.column == 37)
  }

  @Test func theadBeforeTheHeaderCells() throws {
    let file = SourceFile(path: Invariants.englishPath, bytes: try read("thead-then-th.md"))
    let page = try #require(WorklogParser.parse(file).first)
    #expect(page.tasks?.header.map(\.value) == ["Day", "Task", "Start Date"])
    #expect(page.tasks?.rows.first?.startDate == CalendarDate(year: 2025, month: 9, day: 22))
  }

  func lint(_ files: [String: [UInt8]]) -> [Diagnostic] {
    var out: [Diagnostic] = []
    PageLoader(fileSystem: MemoryFileSystem(bytes: files), parallelism: 1).forEachSite(files.keys.sorted()) { site in
      out += Linter().lint(site: site) { _ in Configuration() }
    }
    return out
  }

  @Test(arguments: FuzzRegressionTests.fixtures)
  func fixtureKeepsTheInvariants(_ name: String) throws {
    let bytes = try read(name)
    // The fuzz target's split: a `<<<twin>>>` line separates the page from its twin.
    let files = Invariants.files(fuzzInput: bytes)
    #expect(Invariants.violations(files) == [])
    #expect(Invariants.output(files) == Invariants.output(files))
    // And the fix invariants the fuzz target checks after them.
    #expect(Invariants.fixViolations(files) == [])
  }
}
