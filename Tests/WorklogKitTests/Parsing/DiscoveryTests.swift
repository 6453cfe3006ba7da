import Foundation
import Testing

@testable import WorklogKit

@Suite struct DiscoveryTests {
  private func find(_ files: [String], _ paths: [String]) -> Discovery.Result {
    Discovery(fileSystem: MemoryFileSystem(Dictionary(uniqueKeysWithValues: files.map { ($0, "x") }))).find(paths)
  }

  @Test func findsPagesInEveryLayout() {
    let pages = [
      "a/content/1-Worklog/_index.md",
      "a/content/1-Worklog/1.1-Week1/_index.md",
      "a/content/1-Worklog/1.1-Week1/_index.vi.md",
      "b/content/1-worklog/1.08-week8/_index.md",
      "c/content/1-Worklog/Week8/_index.md",
      "d/content/worklog/week-08/index.md",
      "d/content/vi/worklog/week-08/index.md",
      "e/content/1-Worklog/1.8-Week8.md",
      "f/content/worklog/week-8.en.md",
      "g/content/2-Worklog/2.8-Week8/_index.md",
      "h/content/en/1-worklog/week_8/_index.en.md",
    ]
    let all = (pages + ["a/content/posts/hello.md", "a/content/1-Worklog/image.png", "a/README.md"]).map {
      "sites/" + $0
    }
    let result = find(all, ["sites"])
    #expect(result.pages.sorted() == pages.map { "sites/" + $0 }.sorted())
    #expect(result.errors.isEmpty)
    #expect(result.emptyFolders.isEmpty)
  }

  @Test func skipsBuildOutputThemesAndHiddenFolders() {
    let result = find(
      [
        "site/content/1-Worklog/1.1-Week1/_index.md",
        "site/public/1-worklog/1.1-week1/index.md",
        "site/themes/hugo-theme-learn/exampleSite/content/worklog/_index.md",
        "site/.git/worklog/week-1.md",
        "site/content/1-Worklog/.drafts/week-2.md",
        "site/node_modules/pkg/worklog.md",
      ], ["site"])
    #expect(result.pages == ["site/content/1-Worklog/1.1-Week1/_index.md"])
  }

  @Test func weekNamedFileOutsideAWorklogFolder() {
    let result = find(["site/content/week-3.md", "site/content/about.md"], ["site"])
    #expect(result.pages == ["site/content/week-3.md"])
  }

  @Test func rootThatIsTheWorklogSection() {
    let result = find(
      ["site/content/1-Worklog/1.1-Week1/_index.md", "site/content/1-Worklog/notes.md"], ["site/content/1-Worklog"])
    // A folder's own files come before its subfolders' pages.
    #expect(result.pages == ["site/content/1-Worklog/notes.md", "site/content/1-Worklog/1.1-Week1/_index.md"])
  }

  @Test func rootThatIsOneWeeksFolder() {
    let files = ["site/content/1-Worklog/1.2-Week2/_index.md", "site/content/1-Worklog/1.2-Week2/_index.vi.md"]
    #expect(find(files, ["site/content/1-Worklog/1.2-Week2"]).pages == files)
    #expect(find(files.map { $0.replacingAll("site/content/", with: "") }, ["1-Worklog/1.2-Week2"]).pages.count == 2)
  }

  @Test func repositoryNamedLikeAWorklogDoesNotMakeEveryPageAWorklogPage() {
    let result = find(
      ["worklog-site/content/posts/hello.md", "worklog-site/content/1-Worklog/1.1-Week1/_index.md"], ["worklog-site"])
    #expect(result.pages == ["worklog-site/content/1-Worklog/1.1-Week1/_index.md"])
  }

  @Test func siteFolderNamedLikeAWorklogIsASiteNotASection() {
    let result = find(["worklogs/README.md", "worklogs/content/1-Worklog/1.1-Week1/_index.md"], ["worklogs"])
    #expect(result.pages == ["worklogs/content/1-Worklog/1.1-Week1/_index.md"])
  }

  @Test func namedFileIsAlwaysTakenAndOnlyOnce() {
    let result = find(
      ["site/content/about.md", "site/content/1-Worklog/1.1-Week1/_index.md"],
      [
        "site/content/about.md", "site", "site/content/1-Worklog/1.1-Week1/_index.md",
      ])
    #expect(result.pages == ["site/content/about.md", "site/content/1-Worklog/1.1-Week1/_index.md"])
  }

  @Test func pagesComeInPathOrder() {
    let result = find(
      [
        "s/content/1-Worklog/1.2-Week2/_index.md", "s/content/1-Worklog/1.1-Week1/_index.vi.md",
        "s/content/1-Worklog/1.1-Week1/_index.md",
      ],
      ["s"])
    #expect(
      result.pages == [
        "s/content/1-Worklog/1.1-Week1/_index.md", "s/content/1-Worklog/1.1-Week1/_index.vi.md",
        "s/content/1-Worklog/1.2-Week2/_index.md",
      ])
  }

  @Test func missingPathIsAnError() {
    let result = find(["site/content/1-Worklog/1.1-Week1/_index.md"], ["nowhere"])
    #expect(result.errors == [FileSystemError(path: "nowhere", reason: "no such file or directory")])
    #expect(result.pages.isEmpty)
  }

  @Test func folderWithNoPages() {
    let result = find(["site/content/posts/hello.md"], ["site"])
    #expect(result.pages.isEmpty)
    #expect(result.emptyFolders == ["site"])
    #expect(result.errors.isEmpty)
  }

  @Test func symbolicLinkLoopOnDiskEndsAndFindsThePageOnce() throws {
    let fm = FileManager.default
    let root = fm.temporaryDirectory.appendingPathComponent("worklog-discovery-\(UInt32.random(in: 0...UInt32.max))")
      .path
    defer { try? fm.removeItem(atPath: root) }
    let week = root + "/site/content/1-Worklog/1.1-Week1"
    try fm.createDirectory(atPath: week, withIntermediateDirectories: true)
    #expect(fm.createFile(atPath: week + "/_index.md", contents: Data("### Week 1 Objectives\n- a\n".utf8)))
    // `loop` points back up to the section: following it would never end.
    try fm.createSymbolicLink(atPath: week + "/loop", withDestinationPath: "..")
    try fm.createSymbolicLink(
      atPath: root + "/site/content/1-Worklog/again", withDestinationPath: root + "/site/content")
    let result = Discovery(fileSystem: LocalFileSystem()).find([root + "/site"])
    #expect(result.pages == [week + "/_index.md"])
    #expect(result.errors.isEmpty)
  }

  /// A file system that lists names alone, so every name is asked about by path: the walk
  /// before listings said what each entry is.
  private struct NamesOnly: FileSystem {
    var base: MemoryFileSystem
    func kind(of path: String) -> FileKind { base.kind(of: path) }
    func contents(of directory: String) throws(FileSystemError) -> [String] { try base.contents(of: directory) }
    func read(_ path: String) throws(FileSystemError) -> [UInt8] { try base.read(path) }
    func identity(of directory: String) -> String? { base.identity(of: directory) }
  }

  @Test func listedKindsFindWhatAskingByPathFinds() {
    let files = [
      "s/content/1-Worklog/1.1-Week1/_index.md", "s/content/1-Worklog/1.1-Week1/_index.vi.md",
      "s/content/posts/week-notes.md", "s/content/posts/Tuan-2.MD", "s/content/posts/hello.md",
      "s/docs/week3.markdown", "s/docs/plan.md", "s/Nhật-ký/tuần-1.md", "s/Nhật-ký/a.md",
      "s/content/\u{0301}worklog/x.md", "s/content/vi/nhat-ky/w1/_index.md", "s/notes/Work_Log/a.md",
      "t/1-Worklog/a.md", "t/1-Worklog/sub/b.md", "u/content/1-Worklog/1.2-Week2/_index.md",
    ]
    let memory = MemoryFileSystem(Dictionary(uniqueKeysWithValues: files.map { ($0, "x") }))
    for roots in [["s"], ["t"], ["t/1-Worklog"], ["u/content/1-Worklog"], ["s/content"], ["s", "t", "u"]] {
      let listed = Discovery(fileSystem: memory).find(roots)
      let asked = Discovery(fileSystem: NamesOnly(base: memory)).find(roots)
      #expect(listed.pages == asked.pages, "\(roots)")
      #expect(listed.emptyFolders == asked.emptyFolders, "\(roots)")
    }
  }

  @Test func localListingSaysWhatEachEntryIs() throws {
    let fm = FileManager.default
    let root = fm.temporaryDirectory.appendingPathComponent("worklog-listing-\(UInt32.random(in: 0...UInt32.max))")
      .path
    defer { try? fm.removeItem(atPath: root) }
    try fm.createDirectory(atPath: root + "/folder", withIntermediateDirectories: true)
    #expect(fm.createFile(atPath: root + "/page.md", contents: Data("x".utf8)))
    try fm.createSymbolicLink(atPath: root + "/link", withDestinationPath: "page.md")
    let listed = try LocalFileSystem().listing(of: root)
    // Where the file system says nothing (`DT_UNKNOWN`), nil; tmpfs and ext4 say.
    let kinds = Dictionary(uniqueKeysWithValues: listed.map { ($0.name, $0.kind) })
    #expect(listed.map(\.name) == ["folder", "link", "page.md"])
    #expect([nil, .directory].contains(kinds["folder"]))
    #expect([nil, .symbolicLink].contains(kinds["link"]))
    #expect([nil, .file].contains(kinds["page.md"]))
    #expect(try LocalFileSystem().contents(of: root) == ["folder", "link", "page.md"])
  }
}
