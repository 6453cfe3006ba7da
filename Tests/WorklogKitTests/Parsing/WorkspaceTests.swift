import Testing

@testable import WorklogKit

/// Every spelling of a site's folder finds the same pages and the same site; a page named alone
/// is read with its site around it.
@Suite struct WorkspaceTests {
  static let root = "/home/me/site"
  static let weeks = (1...3).map { "\(root)/content/1-Worklog/1.\($0)-Week\($0)/_index.md" }
  static let overview = "\(root)/content/1-Worklog/_index.md"
  static let files: [String: String] = Dictionary(
    uniqueKeysWithValues: (weeks + [overview, "\(root)/content/_index.md", "/home/me/other/notes.txt"]).map {
      ($0, "x\n")
    })

  /// A folder spelled from a current folder, as a user in a shell would type it.
  struct Spelling: Sendable, CustomTestStringConvertible {
    var cwd: String
    var path: String
    var testDescription: String { "cd \(cwd) && worklog lint \(path)" }
  }

  static let spellings = [
    Spelling(cwd: "\(root)/content/1-Worklog", path: "."),
    Spelling(cwd: "\(root)/content/1-Worklog", path: "./"),
    Spelling(cwd: "\(root)/content", path: "./1-Worklog"),
    Spelling(cwd: "\(root)/content", path: "1-Worklog/"),
    Spelling(cwd: "\(root)/content", path: "."),
    Spelling(cwd: root, path: "."),
    Spelling(cwd: "/home/me", path: "site/"),
    Spelling(cwd: "/home/me/other", path: "../site/content"),
    Spelling(cwd: "/", path: root),
    Spelling(cwd: "/home/me/other", path: "\(root)/content/1-Worklog"),
  ]

  func workspace(_ s: Spelling) -> Workspace {
    Workspace.resolve([s.path], fileSystem: MemoryFileSystem(Self.files, currentDirectory: s.cwd))
  }

  func absolute(_ path: String, from cwd: String) -> String {
    SiteLocator.normalized(path.hasPrefix("/") ? path : cwd + "/" + path)
  }

  @Test(arguments: spellings)
  func everySpellingFindsTheSamePagesAndSite(_ s: Spelling) {
    let w = workspace(s)
    #expect(Set(w.pages.map { absolute($0.path, from: s.cwd) }) == Set(Self.weeks + [Self.overview]))
    #expect(Set(w.pages.map(\.site.name)) == ["site"])
    #expect(Set(w.pages.map { absolute($0.site.root, from: s.cwd) }) == [Self.root])
    #expect(w.shown.isEmpty)
    // What the path says about each page is read from where it really lies.
    let overview = w.pages.first { absolute($0.path, from: s.cwd) == Self.overview }
    #expect(overview?.isSectionIndex == true)
    #expect(w.pages.compactMap(\.week).sorted() == [1, 2, 3])
  }

  @Test func rootKeepsTheSpellingThePathGivesIt() {
    let w = workspace(Spelling(cwd: "/home/me", path: "site"))
    #expect(Set(w.pages.map(\.site.root)) == ["site"])
    #expect(w.pages.map(\.path).contains("site/content/1-Worklog/1.2-Week2/_index.md"))
  }

  @Test func onePageIsReadWithItsWholeSiteAndShownAlone() {
    let cwd = "\(Self.root)/content/1-Worklog/1.2-Week2"
    let w = Workspace.resolve(["_index.md"], fileSystem: MemoryFileSystem(Self.files, currentDirectory: cwd))
    #expect(Set(w.pages.map { absolute($0.path, from: cwd) }) == Set(Self.weeks + [Self.overview]))
    #expect(w.pages.filter { $0.path == "_index.md" }.count == 1)
    #expect(w.pages.first { $0.path == "_index.md" }?.week == 2)
    let root = w.pages.first?.site.root ?? ""
    #expect(w.shown == [root: ["_index.md"]])
    #expect(w.shows("_index.md", inSite: root))
    #expect(!w.shows(w.pages.first { $0.path != "_index.md" }?.path ?? "", inSite: root))
  }

  @Test func aFolderInsideContentIsShownAloneWithTheSiteAround() {
    let w = Workspace.resolve(
      ["content/1-Worklog/1.3-Week3"], fileSystem: MemoryFileSystem(Self.files, currentDirectory: Self.root))
    #expect(w.pages.count == 4)
    #expect(w.shown == [".": ["content/1-Worklog/1.3-Week3/_index.md"]])
  }

  @Test func aFolderAboveTheSiteShowsItWhole() {
    let w = Workspace.resolve(["/home"], fileSystem: MemoryFileSystem(Self.files, currentDirectory: "/"))
    #expect(w.pages.count == 4)
    #expect(w.shown.isEmpty)
  }

  @Test func twoSpellingsOfOnePageAreOnePage() {
    let fs = MemoryFileSystem(Self.files, currentDirectory: Self.root)
    let w = Workspace.resolve(
      ["content/1-Worklog/1.1-Week1/_index.md", "./content/1-Worklog/1.1-Week1/_index.md", "."], fileSystem: fs)
    #expect(w.pages.count == 4)
    #expect(Set(w.pages.map(\.site.root)).count == 1)
  }

  @Test func textualNormalizationDropsDotsAndPairsWithDotDot() {
    #expect(SiteLocator.normalized("./a/../b/./c/") == "b/c")
    #expect(SiteLocator.normalized("/a/b/../../..") == "/")
    #expect(SiteLocator.normalized("../x") == "../x")
    #expect(SiteLocator.normalized(".") == ".")
  }

  /// Many sites, some with a worklog folder only, some nested in another's folder, some
  /// Vietnamese-named, as a cohort's clones lie side by side.
  static func cohort() -> [String: String] {
    var files: [String: String] = [:]
    for s in 0..<48 {
      let site = s % 5 == 0 ? "/c/nh\u{00F3}m-\(s)" : s % 7 == 0 ? "/c/outer/inner\(s)" : "/c/site\(s)"
      let section = s % 3 == 0 ? "\(site)/content/1-Worklog" : "\(site)/content/worklog"
      for n in 1...6 {
        files["\(section)/1.\(n)-Week\(n)/_index.md"] = "x\n"
        files["\(section)/1.\(n)-Week\(n)/_index.vi.md"] = "x\n"
      }
      files["\(section)/_index.md"] = "x\n"
    }
    return files
  }

  @Test(arguments: [["."], ["/c"], ["./site3/content", "outer", "site4/content/worklog/1.2-Week2/_index.md"]])
  func pagesLocatedInRunsAtOnceAreLocatedAsOneAfterAnother(_ paths: [String]) {
    let fs = MemoryFileSystem(Self.cohort(), currentDirectory: "/c")
    let one = Workspace.resolve(paths, fileSystem: fs, parallelism: 1)
    #expect(one.pages.count >= 2 * Workspace.pagesPerRun || paths.count > 1)
    for parallelism in [2, 3, 8] {
      let split = Workspace.resolve(paths, fileSystem: fs, parallelism: parallelism)
      #expect(split.pages == one.pages)
      #expect(split.shown == one.shown)
    }
    let pages = Discovery(fileSystem: fs).find(["/c"]).pages
    var locator = SiteLocator(fileSystem: fs)
    let expected = pages.map { locator.locate($0) }
    let located = Workspace.locate(pages, fileSystem: fs, parallelism: 3)
    #expect(located.map(\.page) == expected.map(\.page))
    #expect(located.map(\.canonicalRoot) == expected.map(\.canonicalRoot))
    #expect(located.map(\.canonicalPath) == expected.map(\.canonicalPath))
  }
}
