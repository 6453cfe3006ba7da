import Testing

@testable import WorklogCLI
@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 16, defects 2, 7 and 11: a walk stays inside the folders given, keeps names that are
/// not UTF-8, and names what it does not read.
@Suite struct TreeBoundaryTests {
  static let secret = "SECRET_TOKEN=hunter2-do-not-print"

  func lint(_ path: String, _ extra: [String] = []) -> CommandRun {
    CommandRun(["lint", path] + extra, fileSystem: LocalFileSystem())
  }

  @Test func pageLinkOutOfTheTreeIsNotFollowedAndIsNamed() throws {
    let site = try TemporaryFolder()
    let outside = try TemporaryFolder()
    defer {
      site.remove()
      outside.remove()
    }
    site.write(week3Path, week3)
    outside.write("env", "\(Self.secret)\nweight: 9\n")
    let link = site.path + "/s/content/1-Worklog/1.4-Week4/_index.md"
    mkdir(site.path + "/s/content/1-Worklog/1.4-Week4", 0o755)
    #expect(symlink(outside.path + "/env", link) == 0)
    let run = lint(site.path + "/s")
    #expect(!run.stdout.contains("SECRET"))
    #expect(!run.stderr.contains("SECRET"))
    #expect(run.stderr.contains("\(link): symbolic link to "))
    #expect(run.stderr.contains("outside \(site.path)/s; not followed"))
    #expect(run.status == .findings || run.status == .success)
    // Named on the command line, the same link is read as given.
    let named = lint(link)
    #expect(named.stdout.contains("SECRET"))
  }

  @Test func folderLinkToRootIsNotWalked() throws {
    let site = try TemporaryFolder()
    defer { site.remove() }
    site.write(week3Path, week3)
    #expect(symlink("/", site.path + "/s/content/1-Worklog/everything") == 0)
    let run = lint(site.path + "/s", ["--format", "json"])
    #expect(run.stderr.contains("everything: symbolic link to /, outside"))
    #expect(run.stdout.contains("1.3-Week3"))
    #expect(!run.stdout.contains("/etc/"))
  }

  @Test func linksInsideTheTreeAreStillFollowed() throws {
    let site = try TemporaryFolder()
    defer { site.remove() }
    site.write("s/shared/week3.md", week3)
    mkdir(site.path + "/s/content", 0o755)
    mkdir(site.path + "/s/content/1-Worklog", 0o755)
    mkdir(site.path + "/s/content/1-Worklog/1.3-Week3", 0o755)
    #expect(symlink(site.path + "/s/shared/week3.md", site.path + "/s/content/1-Worklog/1.3-Week3/_index.md") == 0)
    let run = lint(site.path + "/s", ["--format", "json"])
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.contains("WL107"))
  }

  @Test func nameThatIsNotUTF8IsReadAndShownEscaped() throws {
    let site = try TemporaryFolder()
    defer { site.remove() }
    let folder = "s/content/1-Worklog/1.3-Week3"
    site.write(folder + "/x", "")
    let raw = Array((site.path + "/" + folder + "/").utf8) + Array("_index".utf8) + [0xFF] + Array(".md".utf8)
    let fd = RawPath.withCString(RawPath.string(raw)) { open($0, O_WRONLY | O_CREAT, 0o644) }
    let text = Array(week3.utf8)
    _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    // An image whose name is not UTF-8, and a broken link to an image: nobody's business.
    let image = Array((site.path + "/" + folder + "/").utf8) + Array("photo".utf8) + [0xFE] + Array(".png".utf8)
    let ifd = RawPath.withCString(RawPath.string(image)) { open($0, O_WRONLY | O_CREAT, 0o644) }
    close(ifd)
    #expect(symlink("missing.png", site.path + "/" + folder + "/diagram.png") == 0)
    let run = lint(site.path + "/s")
    #expect(run.stderr.isEmpty)
    #expect(run.status == .success || run.status == .findings)
    #expect(run.stdout.contains(#"_index\xFF.md:"#))
    #expect(run.stdout.contains("WL107"))
  }

  @Test func fifoInTheTreeIsNamedAndNotOpened() throws {
    let site = try TemporaryFolder()
    defer { site.remove() }
    site.write(week3Path, week3)
    let fifo = site.path + "/s/content/1-Worklog/1.3-Week3/notes.md"
    #expect(mkfifo(fifo, 0o644) == 0)
    let run = lint(site.path + "/s")
    #expect(run.stderr.contains("\(fifo): not a regular file or folder; not read"))
    #expect(run.stdout.contains("WL107"))
  }

  @Test func standardInputOverTheCapIsAnInputError() {
    let out = TextSink()
    let err = TextSink()
    let env = Environment(
      stdout: out, stderr: err, fileSystem: MemoryFileSystem([:]),
      readStandardInput: { () throws(FileSystemError) -> [UInt8] in
        throw FileSystemError(path: "<stdin>", reason: LocalFileSystem.tooLargeReason(for: "page"))
      })
    let status = CLI.run(["lint", "-"], env)
    #expect(status == .failure)
    #expect(err.text.contains("<stdin>: too large to be a page (more than 256 MiB)"))
  }
}

extension TreeBoundaryTests {
  /// A `.worklog.json` above the folder given still applies: its unknown rule code stops the
  /// run (issue 12) with the file, line and column named, and its bytes are not quoted.
  @Test func aConfigurationAboveTheTreeIsNamedButNotQuoted() throws {
    let outer = try TemporaryFolder()
    defer { outer.remove() }
    outer.write(week3Path, week3)
    outer.write(".worklog.json", "{\n  \"rules\": { \"WL999\": \"off\" }\n}\n")
    let inside = lint(outer.path + "/s")
    #expect(inside.status == .failure)
    #expect(inside.stdout.isEmpty)
    #expect(inside.stderr.contains("\(outer.path)/.worklog.json:2:14: unknown rule 'WL999'"))
    #expect(!inside.stderr.contains("\"rules\""))
  }
}
