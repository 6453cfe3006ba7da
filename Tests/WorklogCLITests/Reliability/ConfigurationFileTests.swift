import Testing

@testable import WorklogCLI
@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 16, defect 5: a configuration that is not a readable file stops the run with exit 2
/// before any finding, and a misspelt key is named.
@Suite struct ConfigurationFileTests {
  func siteWith(_ make: (TemporaryFolder) -> Void) throws -> (TemporaryFolder, CommandRun) {
    let site = try TemporaryFolder()
    site.write(week3Path, week3)
    make(site)
    return (site, CommandRun(["lint", site.path + "/s"], fileSystem: LocalFileSystem()))
  }

  @Test func folderAsConfigurationExitsTwo() throws {
    let (site, run) = try siteWith { mkdir($0.path + "/s/.worklog.json", 0o755) }
    defer { site.remove() }
    #expect(run.status == .failure)
    #expect(run.stderr.contains("s/.worklog.json: is a folder, not a configuration file"))
    #expect(run.stdout.isEmpty)
  }

  @Test func danglingLinkAsConfigurationExitsTwo() throws {
    let (site, run) = try siteWith { _ = symlink("nowhere.json", $0.path + "/s/.worklog.json") }
    defer { site.remove() }
    #expect(run.status == .failure)
    #expect(run.stderr.contains(".worklog.json: symbolic link that leads to no file (no such file or directory)"))
  }

  @Test func loopAsConfigurationExitsTwo() throws {
    let (site, run) = try siteWith { _ = symlink(".worklog.json", $0.path + "/s/.worklog.json") }
    defer { site.remove() }
    #expect(run.status == .failure)
    #expect(run.stderr.contains("too many levels of symbolic links"))
  }

  @Test func fifoAsConfigurationExitsTwoWithoutBlocking() throws {
    let (site, run) = try siteWith { _ = mkfifo($0.path + "/s/.worklog.json", 0o644) }
    defer { site.remove() }
    #expect(run.status == .failure)
    #expect(run.stderr.contains(".worklog.json: not a regular file"))
    let fifo = site.path + "/s/.worklog.json"
    let named = CommandRun(["lint", site.path + "/s", "--config", fifo], fileSystem: LocalFileSystem())
    #expect(named.status == .failure)
    #expect(named.stderr.contains("FIFO"))
  }

  @Test func oversizedConfigurationIsCalledAConfiguration() throws {
    let (site, run) = try siteWith { folder in
      folder.write("s/.worklog.json", "{}")
      _ = truncate(folder.path + "/s/.worklog.json", 300 * 1024 * 1024)
    }
    defer { site.remove() }
    #expect(run.status == .failure)
    #expect(run.stderr.contains("too large to be a configuration"))
    #expect(!run.stderr.contains("page"))
  }

  @Test func unknownTopLevelKeyIsNamedWithLineAndClosestKey() {
    var files = [week3Path: week3]
    files["s/.worklog.json"] = "{\n  \"requiredKey\": [\"title\"]\n}\n"
    let run = CommandRun(["lint", "s"], files: files)
    #expect(run.status == .failure)
    #expect(
      run.stderr.contains("s/.worklog.json:2:3: unknown key 'requiredKey'; did you mean 'requiredKeys'?"))
  }

  @Test func badConfigurationOfALaterSiteStopsTheRunBeforeAnyFinding() {
    var files = [week3Path: week3]
    files["t/content/1-Worklog/1.3-Week3/_index.md"] = week3
    files["t/.worklog.json"] = "{ rules: "
    let run = CommandRun(["lint", "s", "t", "--format", "json"], files: files)
    #expect(run.status == .failure)
    #expect(run.stderr.contains("t/.worklog.json:1:3: not valid JSON"))
    #expect(!run.stdout.contains("WL107"))
  }

  /// Issue 12: an unknown rule code in a configuration is an error at its place, before any finding.
  @Test func anUnknownCodeAfterManyKnownOnesIsPlaced() {
    var files = [week3Path: week3]
    let known = RuleRegistry.all.map { "\"\($0.description.code)\": \"off\"" }
    files["s/.worklog.json"] = "{ \"rules\": {\n\(known.joined(separator: ",\n")),\n\"X199\": \"off\"\n} }\n"
    let run = CommandRun(["lint", "s", "--format", "json"], files: files)
    #expect(run.status == .failure)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("s/.worklog.json:\(known.count + 2):1: unknown rule 'X199' in 'rules'"))
  }
}

/// Issue 16, defect 9: usage errors echo arguments escaped.
@Suite struct UsageEscapeTests {
  @Test func unknownOptionIsEscaped() {
    let run = CommandRun(["lint", "--fo\u{1B}[2J\u{202E}rmat"])
    #expect(run.status == .failure)
    #expect(!run.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    #expect(run.stderr.contains(#"\x1B[2J\u{202E}"#))
  }

  @Test func badFormatAndSelectAreEscaped() {
    let format = CommandRun(["lint", "--format", "te\u{202E}xt"])
    #expect(format.stderr.contains(#"te\u{202E}xt"#))
    let select = CommandRun(["lint", "--select", "WL\u{7}\u{2066}"])
    #expect(select.stderr.contains(#"WL\x07\u{2066}"#))
  }

  @Test func weekIsEscaped() {
    let run = CommandRun(["summary", "--week", "\u{202E}3\u{1B}"])
    #expect(run.status == .failure)
    #expect(run.stderr.contains(#"'\u{202E}3\x1B'"#))
  }

  @Test func unknownCommandAndExplainAreEscaped() {
    #expect(CommandRun(["li\u{1B}nt"]).stderr.contains(#"li\x1Bnt"#))
    let explain = CommandRun(["explain", "WL\u{200B}107"])
    #expect(!explain.stderr.unicodeScalars.contains("\u{200B}"))
  }
}
