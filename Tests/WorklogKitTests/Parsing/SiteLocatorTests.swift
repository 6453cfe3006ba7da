import Testing

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
}
