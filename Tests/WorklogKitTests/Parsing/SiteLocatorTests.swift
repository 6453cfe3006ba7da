import Testing
import WorklogTestSupport

@testable import WorklogKit

/// One locator keeps what a folder says for the folder's next pages: every page must come out as
/// a locator that meets it first would make it, however its path is spelled.
@Suite struct SiteLocatorTests {
  static let cwd = "/home/me"
  static let files = [
    "site/content/1-Worklog/1.1-Week1/_index.md", "site/content/1-Worklog/1.1-Week1/_index.vi.md",
    "site/content/1-Worklog/1.1-Week1/notes.md", "site/content/vi/1-Worklog/week-2/index.md",
    "site/content/vi/1-Worklog/week-2/index.en.md", "site/content/1-Worklog/1.8-Week8.md",
    "site/content/1-Worklog/1.9-Week9.markdown", "site/content/1-Worklog/_index.md",
    "Nhật ký/content/nhat-ky/tuần-3/_index.md", "Nhật ký/content/nhat-ky/tuần-3/_index.vi.md",
    "plain/worklog/week-4/a.md", "plain/worklog/week-4/b.md", "loose/week5.md", "loose/Week6.md",
  ]

  /// The pages as a user might spell them, each folder's pages together.
  static let spellings: [String] = {
    var out: [String] = []
    for file in files {
      out.append(file)
      out.append("./" + file)
      out.append("/home/me/" + file)
      out.append("/home/me/./" + file)
      out.append("site/../" + file)
    }
    return out + ["week5.md", "../me/loose/week5.md"]
  }()

  @Test func aSharedLocatorLocatesEachPageAsAFreshOneDoes() {
    let fs = MemoryFileSystem(
      Dictionary(uniqueKeysWithValues: Self.files.map { ("\(Self.cwd)/\($0)", "x\n") }), currentDirectory: Self.cwd)
    var shared = SiteLocator(fileSystem: fs)
    for path in Self.spellings {
      var fresh = SiteLocator(fileSystem: fs)
      let alone = fresh.locate(path)
      let kept = shared.locate(path)
      #expect(kept.page == alone.page, "\(path)")
      #expect(kept.canonicalPath == alone.canonicalPath, "\(path)")
      #expect(kept.canonicalRoot == alone.canonicalRoot, "\(path)")
      // And as the page's own path alone says, but for the site the file system finds.
      var byPath = PagePath(alone.canonicalPath)
      byPath.path = path
      byPath.site = alone.page.site
      #expect(kept.page == byPath, "\(path)")
      // The root as all the folder's names say it, not its parent's.
      let (folder, _) = SiteLocator.split(alone.canonicalPath)
      let byNames = SiteLocator.above(byNames: folder, fileSystem: fs)
      #expect(kept.canonicalRoot == byNames.content ?? byNames.worklog ?? byNames.normal, "\(path)")
    }
  }

  @Test(arguments: [
    ("a/b.md", "a", "b.md", true), ("/b.md", "/", "b.md", true), ("b.md", ".", "b.md", false),
    ("a//b.md", "a/", "b.md", false), ("é/b.md", "é", "b.md", false), ("a/\u{301}b.md", "a", "\u{301}b.md", false),
    ("ab.md", "a", "b.md", false), ("x/b.md", "a", "b.md", false),
  ])
  func plainJoinsAreFolderThenName(path: String, folder: String, name: String, plain: Bool) {
    #expect(SiteLocator.isPlainJoin(path, folder, name) == plain)
  }

  /// The root as the user would write it, read by bytes for ASCII paths, is what the names and
  /// `Substring` equality give: on paths of a few names, slashes doubled, leading and trailing,
  /// `.` and `..` among them, and a name outside ASCII now and then (which the names read).
  @Test func displayRootsByBytesAreTheNames() {
    var rng = SeededGenerator(seed: 14)
    let names = ["a", "b", "site", "content", ".", "..", "1-Worklog", "e\u{301}", "é"]
    func path() -> String {
      var out = Bool.random(using: &rng) ? "/" : ""
      for k in 0..<Int.random(in: 0...4, using: &rng) {
        if k > 0 { out += Int.random(in: 0..<6, using: &rng) == 0 ? "//" : "/" }
        out += names[Int.random(in: 0..<(Int.random(in: 0..<8, using: &rng) == 0 ? names.count : 7), using: &rng)]
      }
      if Int.random(in: 0..<8, using: &rng) == 0 { out += "/" }
      return out.isEmpty ? "." : out
    }
    for _ in 0..<20_000 {
      let root = path()
      // Most pages lie below their root, spelled the way the user gave the root or otherwise.
      var below = path()
      while below.hasPrefix("/") { below.removeFirst() }
      let page = Bool.random(using: &rng) ? root + "/" + below : path()
      let spelled = Bool.random(using: &rng) ? page : path() + "/" + below
      #expect(
        SiteLocator.displayRoot(root, page: page, spelled: spelled)
          == SiteLocator.displayRootByNames(root, page: page, spelled: spelled), "\(root) \(page) \(spelled)")
    }
    #expect(
      SiteLocator.displayRoot("/home/me/site", page: "/home/me/site/content/a.md", spelled: "site/content/a.md")
        == "site")
    #expect(
      SiteLocator.displayRoot(
        "/home/me/site", page: "/home/me/site/content/a.md", spelled: "/home/me//site/content/a.md") == "/home/me/site")
    #expect(SiteLocator.displayRoot("/s", page: "/s/content/a.md", spelled: "content/a.md") == ".")
    #expect(SiteLocator.displayRoot("/s", page: "/s/content/a.md", spelled: "x/a.md") == "/s")
  }
}
