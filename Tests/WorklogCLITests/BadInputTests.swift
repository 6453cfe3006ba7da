import Testing
import WorklogTestSupport

@testable import WorklogCLI
@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// Week 3 of a site, clean but for `weight: 1` (WL107), so a test can see the run went on.
let week3Path = "s/content/1-Worklog/1.3-Week3/_index.md"
let week3 = """
  ---
  title: "Week 3 Worklog"
  date: 2025-09-22
  weight: 1
  chapter: false
  pre: " <b> 1.3. </b> "
  ---

  ### Week 3 Objectives:

  * Learn VPC basics

  """

/// The front matter of a clean week 4 page, for pages built around one bad input.
let week4Path = "s/content/1-Worklog/1.4-Week4/_index.md"
let week4FrontMatter =
  "---\ntitle: \"Week 4 Worklog\"\ndate: 2025-09-29\nweight: 4\nchapter: false\npre: \" <b> 1.4. </b> \"\n---\n\n"

/// Every kind of bad input: a clear message naming the path (and line), the run goes on with
/// the other files, and the exit status says what happened.
@Suite struct BadInputTests {
  func lint(_ bytes: [String: [UInt8]], _ extra: [String] = []) -> CommandRun {
    CommandRun(["lint", "s", "--format", "json"] + extra, bytes: bytes)
  }

  func withWeek3(_ path: String, _ bytes: [UInt8]) -> [String: [UInt8]] {
    [week3Path: Array(week3.utf8), path: bytes]
  }

  // MARK: Paths

  @Test func missingPathIsNamedAndTheOtherPathsAreStillRead() {
    let run = CommandRun(["lint", "nowhere", "s", "--select", "WL1"], files: [week3Path: week3])
    #expect(run.status == .failure)
    #expect(run.stderr == "worklog lint: nowhere: no such file or directory\n")
    #expect(run.stdout.contains("warning[WL107]"))
    #expect(run.stdout.hasSuffix("0 errors, 1 warning, 0 notes in 1 page\n"))
  }

  @Test func controlCharactersInPathsAreEscapedOnStderr() {
    let run = CommandRun(["lint", "no\u{1B}[2Jwhere"], files: [week3Path: week3])
    #expect(run.stderr == "worklog lint: no\\x1B[2Jwhere: no such file or directory\n")
    let failing = FailingFileSystem([week3Path: week3], failing: [week3Path: "bad\u{7}"])
    #expect(CommandRun(["parse", "s"], fileSystem: failing).stderr == "worklog parse: \(week3Path): bad\\x07\n")
  }

  @Test func folderWithNoWeekPagesIsNamed() {
    let files = ["notes/readme.txt": "hello", "notes/todo.md": "- nothing"]
    let alone = CommandRun(["lint", "notes"], files: files)
    #expect(alone.status == .failure)
    #expect(
      alone.stderr == "worklog lint: notes: no worklog pages found (looked for Markdown files under a worklog folder)\n"
    )
    #expect(alone.stdout == "0 errors, 0 warnings, 0 notes in 0 pages\n")
    // Beside a folder that has pages, it is reported and the run is judged by its findings.
    var both = files
    both[week3Path] = week3
    let run = CommandRun(["lint", "notes", "s"], files: both)
    #expect(run.status == .success)
    #expect(run.stderr.contains("worklog lint: notes: no worklog pages found"))
    #expect(run.stdout.contains("in 1 page"))
  }

  @Test func directorySymlinkLoopIsReadOnceAndNamed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    folder.write(week3Path, week3)
    let worklog = folder.path + "/s/content/1-Worklog"
    #expect(symlink("..", worklog + "/loop") == 0)
    let run = CommandRun(["lint", folder.path + "/s", "--format", "json"], fileSystem: LocalFileSystem())
    #expect(run.status == .success)
    #expect(
      run.stderr == "worklog lint: \(worklog)/loop: symbolic link loop back to \(folder.path)/s/content; not followed\n"
    )
    #expect(run.stdout.ranges(of: #""code":"WL107""#).count == 1, "the page is read once: \(run.stdout)")
  }

  @Test func symlinkToItselfIsAnUnreadableInput() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    folder.write(week3Path, week3)
    let link = folder.path + "/s/content/1-Worklog/1.4-Week4"
    #expect(symlink(link, link) == 0)
    let run = CommandRun(["lint", folder.path + "/s"], fileSystem: LocalFileSystem())
    #expect(run.status == .failure)
    #expect(run.stderr == "worklog lint: \(link): too many levels of symbolic links\n")
    #expect(run.stdout.contains("warning[WL107]"))
    let named = CommandRun(["lint", link], fileSystem: LocalFileSystem())
    #expect(named.stderr == "worklog lint: \(link): too many levels of symbolic links\n")
  }

  @Test func unreadableFileIsNamedAndTheRunGoesOn() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    folder.write(week3Path, week3)
    folder.write(week4Path, week4FrontMatter)
    let locked = folder.path + "/" + week4Path
    #expect(chmod(locked, 0) == 0)
    // Root reads the file whatever its mode: nothing is unreadable then, so there is nothing to check.
    guard (try? LocalFileSystem().read(locked)) == nil else { return }
    let run = CommandRun(["lint", folder.path + "/s"], fileSystem: LocalFileSystem())
    #expect(run.status == .failure)
    #expect(run.stderr == "worklog lint: \(locked): permission denied\n")
    #expect(run.stdout.contains("warning[WL107]"))
  }

  @Test func readFailureFromAnyFileSystemExitsTwoAndNamesThePath() {
    // The same path as the unreadable file above, without needing a user that permissions bind.
    let fs = FailingFileSystem(
      [week3Path: week3, week4Path: week4FrontMatter], failing: [week4Path: "permission denied"])
    let lint = CommandRun(["lint", "s"], fileSystem: fs)
    #expect(lint.status == .failure)
    #expect(lint.stderr == "worklog lint: \(week4Path): permission denied\n")
    #expect(lint.stdout.contains("warning[WL107]"))
    let parse = CommandRun(["parse", "s", "--format", "jsonl"], fileSystem: fs)
    #expect(parse.status == .failure)
    #expect(parse.stderr == "worklog parse: \(week4Path): permission denied\n")
    #expect(parse.stdout.split(separator: "\n").count == 1)
  }

  // MARK: Bytes

  @Test func invalidUTF8IsReportedAtItsByteAndDecodedLeniently() throws {
    // Latin-1 `é` (0xE9) in an objective; the page's other finding still comes.
    let page =
      Array(week4FrontMatter.utf8) + Array("### Week 4 Objectives:\n\n* Caf".utf8) + [0xE9] + Array(" notes\n".utf8)
    let offset = week4FrontMatter.utf8.count + "### Week 4 Objectives:\n\n* Caf".utf8.count
    let run = lint(withWeek3(week4Path, page))
    #expect(run.status == .findings)
    #expect(
      run.stdout.contains(
        #""code":"WL001","column":6,"endColumn":7,"endLine":11,"fix":"Save the file as UTF-8 in your editor (File › Save with Encoding › UTF-8).","line":11,"message":"the file is not valid UTF-8 from byte \#(offset)""#
      ))
    #expect(run.stdout.contains(#""code":"WL107""#))
    let parse = CommandRun(["parse", week4Path, "--format", "jsonl"], bytes: withWeek3(week4Path, page))
    #expect(parse.stdout.contains(#""text":"Caf\#u{FFFD} notes""#))
    #expect(
      parse.stdout.contains(
        #""kind":"invalidUTF8","line":11,"message":"the file is not valid UTF-8 from byte \#(offset)""#))
  }

  @Test func binaryFilesAndNulBytesAreReported() {
    // A PNG saved as a page, and a page saved as UTF-16.
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
    let utf16: [UInt8] = [0xFF, 0xFE] + "# Week 4".utf8.flatMap { [$0, 0] }
    for bytes in [png, utf16] {
      let run = CommandRun(["lint", "s"], bytes: withWeek3(week4Path, bytes))
      #expect(run.status == .findings)
      #expect(run.stdout.contains("\(week4Path):1:1: error[WL001]: the file is not valid UTF-8 from byte 0\n"))
      #expect(run.stdout.contains("error[WL002]: the file holds NUL bytes (from byte"))
      #expect(run.stdout.contains("\\x00"))
      #expect(run.stdout.contains("warning[WL107]"))
    }
  }

  @Test func emptyFileSaysSo() {
    for bytes in [[], [0xEF, 0xBB, 0xBF], Array("\n\r\n  \n".utf8)] as [[UInt8]] {
      let run = CommandRun(["lint", "s"], bytes: withWeek3(week4Path, bytes))
      #expect(run.status == .success)
      #expect(run.stdout.contains("\(week4Path):1:1: warning[WL101]: the page is empty\n"))
    }
  }

  @Test func bomAndCRLFKeepLinesAndColumns() {
    let page =
      "\u{FEFF}---\r\ntitle: \"Tuần 4\"\r\ndate: \"`r Sys.Date()`\"\r\nweight: 1\r\nchapter: false\r\npre: \" <b> 1.4. </b> \"\r\n---\r\n"
      + "<!-- Tuần 4 ✓ worklog-disable-file WL999 -->\r\n\r\n```bash\r\naws s3 ls\r\n"
    let run = lint([week4Path: Array(page.utf8)])
    let expected = [
      ("WL104", 3, 7, 3, 23), ("WL107", 4, 9, 4, 10), ("WL003", 8, 36, 8, 41), ("WL004", 10, 1, 10, 8),
    ]
    for (code, line, column, endLine, endColumn) in expected {
      #expect(
        run.stdout.contains(#""code":"\#(code)","column":\#(column),"endColumn":\#(endColumn),"endLine":\#(endLine),"#)
          && run.stdout.contains(#""line":\#(line),"#),
        "\(code) at \(line):\(column)-\(endLine):\(endColumn) in \(run.stdout)")
    }
    let text = CommandRun(["lint", "s"], bytes: [week4Path: Array(page.utf8)])
    let caret = "    | " + String(repeating: " ", count: 35) + "^^^^^\n"
    #expect(
      text.stdout.contains(
        "\(week4Path):8:36: warning[WL003]: unknown rule 'WL999'\n  8 | <!-- Tuần 4 ✓ worklog-disable-file WL999 -->\n"
          + caret))
    #expect(!text.stdout.contains("\r"))
  }

  @Test func unterminatedFrontMatterIsReportedAndTheBodyStillRead() {
    let page = "---\ntitle: \"Week 4 Worklog\"\nweight: 4\n\n### Week 4 Objectives:\n\n* Learn S3\n"
    let run = CommandRun(["lint", "s"], bytes: withWeek3(week4Path, Array(page.utf8)))
    #expect(run.status == .findings)
    #expect(run.stdout.contains("\(week4Path):1:1: error[WL102]: the front matter opened here is never closed\n"))
    let parse = CommandRun(["parse", week4Path, "--format", "jsonl"], bytes: [week4Path: Array(page.utf8)])
    #expect(parse.stdout.contains(#""fence":"unterminated""#))
    #expect(
      parse.stdout.contains(
        #""objectives":[{"children":[],"group":null,"kind":"item","level":1,"line":7,"text":"Learn S3"}]"#))
  }

  @Test func unterminatedCodeFenceIsReportedWhereItOpens() {
    let page = week4FrontMatter + "### Week 4 Objectives:\n\n  ~~~~yaml\nkey: value\n\n### Week 4 Achievements:\n"
    let run = CommandRun(["lint", "s"], bytes: withWeek3(week4Path, Array(page.utf8)))
    #expect(run.stdout.contains("\(week4Path):11:3: warning[WL004]: [*] the code fence opened here is never closed\n"))
    #expect(run.stdout.contains("warning[WL107]"))
  }

  @Test func controlCharactersInCellsAreEscapedInTextAndJSON() {
    let row =
      "| 2 | \u{1B}[31mred\u{1B}[0m \u{07}bell \u{7F}del \u{9B}csi | 29/09/2025 | <!-- worklog-disable-file WL999 --> |"
    let page =
      week4FrontMatter
      + "### Tasks to be carried out this week:\n\n| Day | Task | Start Date | Notes |\n| --- | --- | --- | --- |\n"
      + row + "\n"
    let files = [week4Path: Array(page.utf8)]
    let text = CommandRun(["lint", "s"], bytes: files)
    #expect(text.stdout.contains(#"| 2 | \x1B[31mred\x1B[0m \x07bell \x7Fdel \x9Bcsi | 29/09/2025 |"#))
    for raw in ["\u{1B}", "\u{07}", "\u{7F}", "\u{9B}"] { #expect(!text.stdout.contains(raw)) }
    let json = CommandRun(["parse", week4Path, "--format", "jsonl"], bytes: files)
    #expect(json.stdout.contains(#""text":"\u001b[31mred\u001b[0m \u0007bell \u007fdel \u009bcsi""#))
    for raw in ["\u{1B}", "\u{07}", "\u{7F}", "\u{9B}"] { #expect(!json.stdout.contains(raw)) }
  }

  // MARK: Size

  @Test func fiftyMegabyteLineFinishesWithSaneOutput() {
    // One 50 MB line of text with a NUL byte at its end: the finding's column is 50,000,001 and
    // its snippet a window around it. About 1.5 s in a debug build; quadratic code takes hours.
    let page = Array(week4FrontMatter.utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 50_000_000) + [0, 0x0A]
    let run = CommandRun(["lint", "s", "--select", "WL0,WL1"], bytes: withWeek3(week4Path, page))
    #expect(run.status == .findings)
    #expect(run.stdout.contains("\(week4Path):9:50000001: error[WL002]: the file holds NUL bytes"))
    #expect(run.stdout.contains("  9 | …" + String(repeating: "x", count: 30) + "\\x00\n"))
    #expect(run.stdout.count < 2_000, "no line is printed whole")
  }

  @Test func rowOfTwentyThousandCells() {
    let cells = (0..<20_000).map { "c\($0)" }
    let page =
      week4FrontMatter + "### Tasks to be carried out this week:\n\n| Day | Task | Start Date |\n| --- | --- | --- |\n"
      + "| 2 | Study | 29/09/2025 | " + cells.joined(separator: " | ") + " |\n| " + cells.joined(separator: " | ")
      + " |\n"
    let run = CommandRun(["parse", week4Path, "--format", "jsonl"], bytes: [week4Path: Array(page.utf8)])
    #expect(run.status == .success)
    #expect(run.stdout.contains(#""raggedRows":[13,14]"#))
    #expect(run.stdout.contains(#""day":"2","#) && run.stdout.contains(#""text":"Study""#))
    let lint = CommandRun(["lint", "s"], bytes: [week4Path: Array(page.utf8)])
    #expect(lint.stdout.hasSuffix("in 1 page\n"))
  }

  @Test func listsNestedTenThousandDeep() {
    // Each level one space deeper (50 MB of indentation), and a chain of 10,000 markers on a line.
    // Built as one buffer of spaces with the items written over it: appending element by
    // element takes a debug build most of a minute.
    var page = Array((week4FrontMatter + "### Week 4 Objectives:\n\n").utf8)
    let items = (0..<10_000).map { Array("- level \($0)\n".utf8) }
    var deep = [UInt8](repeating: UInt8(ascii: " "), count: 10_000 * 9_999 / 2 + items.reduce(0) { $0 + $1.count })
    deep.withUnsafeMutableBufferPointer { buffer in
      var at = 0
      for (depth, item) in items.enumerated() {
        at += depth
        for (k, b) in item.enumerated() { buffer[at + k] = b }
        at += item.count
      }
    }
    page += deep
    page += Array(("\n### Week 4 Achievements:\n\n" + String(repeating: "- ", count: 10_000) + "deep\n").utf8)
    let run = CommandRun(["parse", week4Path, "--format", "jsonl"], bytes: [week4Path: page])
    #expect(run.status == .success)
    // The tree stops deepening at `ListReader.maxDepth`: deeper items are siblings there.
    #expect(run.stdout.contains(#""level":16,"line":10010,"text":"level 9999""#))
    // Only the first marker opens an item; the rest is its text.
    #expect(run.stdout.contains(#""level":1,"line":10014,"text":"- - - - "#))
  }
}
