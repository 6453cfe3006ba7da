import Testing

@testable import WorklogCLI
@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// `worklog fix`: what it writes, prints and exits with, with a test rule (`teh` → `the`) so the
/// command is tested apart from the real rules' fixes.
@Suite struct FixCommandTests {
  struct Typo: LintRule {
    var description: RuleDescription {
      RuleDescription(
        code: "WT901", name: "test-typo", severity: .warning, summary: "t", rationale: "t", triggering: [],
        nonTriggering: [])
    }
    func check(page: Worklog, context: LintContext) -> [Diagnostic] {
      let bytes = page.source.bytes
      return (0..<max(0, bytes.count - 2)).filter { Array(bytes[$0..<($0 + 3)]) == Array("teh".utf8) }.map { at in
        finding(
          page.source, page.source.range(at..<(at + 3)), "teh is a typo",
          autofix: .replace(at..<(at + 3), with: "the", "write the"))
      }
    }
  }

  static func page(_ week: Int, notes: String = "teh notes", newline: String = "\n") -> String {
    [
      "---", "title: \"Week \(week) Worklog\"", "weight: \(week)", "description: \"\(notes)\"", "---",
      "### Week \(week) Objectives:",
      "- Learn the basics", "", "### Week \(week) Achievements:", "- Set up an account", "",
    ].joined(separator: newline)
  }
  static let a = "site/content/1-Worklog/1.1-Week1/_index.md"
  static let b = "site/content/1-Worklog/1.2-Week2/_index.md"

  struct Outcome {
    var status: WorklogCLI.ExitStatus
    var stdout: String
    var stdoutBytes: [UInt8]
    var stderr: String
  }

  func fix(_ arguments: [String], _ fs: any FileSystem) throws -> Outcome {
    let out = TextSink()
    let err = TextSink()
    let env = Environment(
      stdout: out, stderr: err, fileSystem: fs, readStandardInput: { [] }, stdoutIsTerminal: false, variables: [:],
      parallelism: 1)
    let scanned = try ArgumentScanner.scan(arguments, FixCommand.spec)
    let status = try FixCommand.fix(scanned, env, command: "fix", report: out, rules: [Typo()])
    return Outcome(status: status, stdout: out.text, stdoutBytes: out.bytes, stderr: err.text)
  }

  @Test func fixWritesAndSaysWhat() throws {
    let fs = WritableMemoryFileSystem([Self.a: Self.page(1), Self.b: Self.page(2, notes: "fine")])
    let run = try fix(["site"], fs)
    #expect(run.status == .success)
    #expect(fs.files[Self.a] == Array(Self.page(1, notes: "the notes").utf8))
    #expect(run.stdout == "\(Self.a): fixed 1 (write the)\nFixed 1 finding in 1 file; 0 remain.\n")
    // A second run has nothing left.
    let again = try fix(["site"], fs)
    #expect(again.stdout == "Fixed 0 findings in 0 files; 0 remain.\n")
  }

  @Test func diffWritesNothingAndExitsOne() throws {
    let fs = WritableMemoryFileSystem([Self.a: Self.page(1)])
    let run = try fix(["site", "--diff"], fs)
    #expect(run.status == .findings)
    #expect(fs.files[Self.a] == Array(Self.page(1).utf8))
    #expect(run.stdout.hasPrefix("--- a/\(Self.a)\n+++ b/\(Self.a)\n@@ -1,7 +1,7 @@\n"))
    #expect(run.stdout.contains("\n-description: \"teh notes\"\n+description: \"the notes\"\n"))
    #expect(run.stderr == "Would fix 1 finding in 1 file; 0 remain.\n")
    let clean = WritableMemoryFileSystem([Self.a: Self.page(1, notes: "fine")])
    #expect(try fix(["site", "--diff"], clean).status == .success)
  }

  @Test func readOnlyFileFailsTheRunButNotTheOthers() throws {
    let fs = WritableMemoryFileSystem([Self.a: Self.page(1), Self.b: Self.page(2)])
    fs.makeReadOnly(Self.a)
    let run = try fix(["site"], fs)
    #expect(run.status == .failure)
    #expect(run.stderr == "worklog fix: \(Self.a): is read-only; not written\n")
    #expect(fs.files[Self.a] == Array(Self.page(1).utf8))
    #expect(fs.files[Self.b] == Array(Self.page(2, notes: "the notes").utf8))
    #expect(run.stdout.hasSuffix("Fixed 1 finding in 1 file; 1 remain.\n"))
  }

  @Test func fileChangedDuringTheRunIsLeftAlone() throws {
    let fs = WritableMemoryFileSystem([Self.a: Self.page(1)])
    let theirs = Array(Self.page(1, notes: "an edit of their own, teh").utf8)
    fs.beforeReplace { fs, path in fs.set(path, theirs) }
    let run = try fix(["site"], fs)
    #expect(run.status == .failure)
    #expect(run.stderr == "worklog fix: \(Self.a): changed since it was read; not written\n")
    #expect(fs.files[Self.a] == theirs)
  }

  @Test func readOnlyFileSystemIsAnError() throws {
    let run = try fix(["site"], MemoryFileSystem([Self.a: Self.page(1)]))
    #expect(run.status == .failure)
    #expect(run.stderr == "worklog fix: this file system cannot be written\n")
  }

  @Test func lintTakesUnsafeAndDiffOnlyWithFix() {
    let run = CommandRun(["lint", "--unsafe", "site"], files: [Self.a: Self.page(1)])
    #expect(run.status == .failure)
    #expect(run.stderr.hasPrefix("worklog lint: --unsafe and --diff go with --fix"))
  }

  @Test func lintFixReportsOnStandardError() {
    let run = CommandRun(
      ["lint", "--fix", "--format", "json", "site"], fileSystem: WritableMemoryFileSystem([Self.a: Self.page(1)]))
    #expect(run.stderr.hasPrefix("Fixed ") && run.stderr.contains(" remain"))
    #expect(run.stdout.hasPrefix("["))
  }

  /// A diff `git apply` takes gives the bytes `fix` writes (CRLF, no final newline, a byte that
  /// is not UTF-8 in a line the diff shows as context).
  @Test func diffAppliedWithGitGivesWhatFixWrites() throws {
    guard system("git --version >/dev/null 2>&1") == 0 else { return }
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var crlf = Array(Self.page(1, newline: "\r\n").utf8)
    crlf.removeLast(2)
    var odd = Array(Self.page(2).utf8)
    odd.insert(0xFF, at: 4)
    folder.write(Self.a, crlf)
    folder.write(Self.b, odd)
    let disk = LocalFileSystem(currentDirectory: folder.path)
    let diff = try fix(["site", "--diff"], disk)
    #expect(diff.status == .findings)
    folder.write("fix.patch", diff.stdoutBytes)
    let fixed = try fix(["site"], disk)
    #expect(fixed.status == .success)
    let expectedA = try disk.read(Self.a)
    let expectedB = try disk.read(Self.b)
    #expect(expectedA != crlf)
    folder.write(Self.a, crlf)
    folder.write(Self.b, odd)
    #expect(system("cd '\(folder.path)' && git apply fix.patch") == 0)
    #expect(try disk.read(Self.a) == expectedA)
    #expect(try disk.read(Self.b) == expectedB)
  }

  @Test func symlinkOutOfTheTreeIsRefusedByTheCommand() throws {
    let folder = try TemporaryFolder()
    let outside = try TemporaryFolder()
    defer {
      folder.remove()
      outside.remove()
    }
    outside.write("page.md", Self.page(1))
    folder.write(Self.b, Self.page(2))
    let link = folder.path + "/" + Self.a
    mkdir(folder.path + "/site/content/1-Worklog/1.1-Week1", 0o755)
    symlink(outside.path + "/page.md", link)
    // Discovery does not follow the link below a folder; a link named is read, not written.
    let run = try fix([Self.a, Self.b], LocalFileSystem(currentDirectory: folder.path))
    #expect(run.status == .failure)
    #expect(run.stderr.contains("\(Self.a): is a symbolic link to a file outside the folders given; not written"))
    #expect(try LocalFileSystem().read(outside.path + "/page.md") == Array(Self.page(1).utf8))
    #expect(try LocalFileSystem().read(folder.path + "/" + Self.b) == Array(Self.page(2, notes: "the notes").utf8))
  }
}
