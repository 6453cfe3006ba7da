import Testing

@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// `create` on the writable seam: a new page is written whole, its folders made, and nothing
/// that exists is ever replaced.
@Suite struct PageCreationTests {
  @Test func localCreateMakesFoldersAndRefusesToOverwrite() throws {
    var template = Array("/tmp/worklog-create-XXXXXX".utf8CString)
    let made = try #require(mkdtemp(&template))
    let root = String(cString: made)
    defer { _ = "rm -rf '\(root)'".withCString { system($0) } }
    let fs = LocalFileSystem()
    let path = root + "/content/1-Worklog/1.3-Week3/_index.md"
    try fs.create(path, with: Array("week 3\n".utf8))
    #expect(try fs.read(path) == Array("week 3\n".utf8))
    #expect(throws: FileSystemError.self) { try fs.create(path, with: Array("other\n".utf8)) }
    #expect(try fs.read(path) == Array("week 3\n".utf8))
    // No temporary file is left beside it.
    #expect(try fs.contents(of: root + "/content/1-Worklog/1.3-Week3") == ["_index.md"])
  }

  @Test func memoryCreateRefusesToOverwrite() throws {
    let fs = WritableMemoryFileSystem(["site/a.md": "old"])
    #expect(throws: FileSystemError.self) { try fs.create("site/a.md", with: Array("new".utf8)) }
    try fs.create("site/b/c.md", with: Array("new".utf8))
    #expect(fs.files["site/a.md"] == Array("old".utf8))
    #expect(fs.files["site/b/c.md"] == Array("new".utf8))
  }
}
