import Testing

@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// `replace`: atomic, careful writes on the real file system and in memory.
@Suite struct FileWritingTests {
  func folder() throws -> String {
    var template = Array("/tmp/worklog-fix-XXXXXX".utf8CString)
    let made = try #require(mkdtemp(&template))
    return String(cString: made)
  }

  func remove(_ path: String) {
    _ = "chmod -R u+rwx '\(path)' 2>/dev/null; rm -rf '\(path)'".withCString { system($0) }
  }

  func write(_ path: String, _ text: String, mode: mode_t = 0o644) {
    let fd = RawPath.withCString(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC, mode) }
    _ = Array(text.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    close(fd)
    chmod(path, mode)
  }

  func mode(_ path: String) -> mode_t {
    var st = stat()
    stat(path, &st)
    return st.st_mode & 0o7777
  }

  @Test func replacesAndKeepsTheMode() throws {
    let dir = try folder()
    defer { remove(dir) }
    write(dir + "/a.md", "old\n", mode: 0o640)
    try LocalFileSystem().replace(
      dir + "/a.md", with: Array("new\r\n".utf8), expecting: Array("old\n".utf8), within: [dir])
    #expect(try LocalFileSystem().read(dir + "/a.md") == Array("new\r\n".utf8))
    #expect(mode(dir + "/a.md") == 0o640)
    // No temporary file left behind.
    #expect(try LocalFileSystem().contents(of: dir) == ["a.md"])
  }

  @Test func changedFileIsNotWritten() throws {
    let dir = try folder()
    defer { remove(dir) }
    write(dir + "/a.md", "someone else's\n")
    #expect(throws: FileSystemError(path: dir + "/a.md", reason: "changed since it was read; not written")) {
      try LocalFileSystem().replace(
        dir + "/a.md", with: Array("new\n".utf8), expecting: Array("old\n".utf8), within: [dir])
    }
    #expect(try LocalFileSystem().read(dir + "/a.md") == Array("someone else's\n".utf8))
  }

  @Test func readOnlyFileIsNamedAndKept() throws {
    let dir = try folder()
    defer { remove(dir) }
    write(dir + "/a.md", "old\n", mode: 0o444)
    #expect(throws: FileSystemError(path: dir + "/a.md", reason: "is read-only; not written")) {
      try LocalFileSystem().replace(
        dir + "/a.md", with: Array("new\n".utf8), expecting: Array("old\n".utf8), within: [dir])
    }
    #expect(try LocalFileSystem().read(dir + "/a.md") == Array("old\n".utf8))
  }

  @Test func linkInsideTheTreeIsWrittenThrough() throws {
    let dir = try folder()
    defer { remove(dir) }
    write(dir + "/target.md", "old\n")
    symlink(dir + "/target.md", dir + "/link.md")
    let real = try #require(LocalFileSystem().canonicalPath(dir))
    try LocalFileSystem().replace(
      dir + "/link.md", with: Array("new\n".utf8), expecting: Array("old\n".utf8), within: [real])
    #expect(LocalFileSystem().isSymbolicLink(dir + "/link.md"))
    #expect(try LocalFileSystem().read(dir + "/target.md") == Array("new\n".utf8))
  }

  @Test func linkOutOfTheTreeIsRefused() throws {
    let dir = try folder()
    let outside = try folder()
    defer {
      remove(dir)
      remove(outside)
    }
    write(outside + "/target.md", "old\n")
    mkdir(dir + "/site", 0o755)
    symlink(outside + "/target.md", dir + "/site/link.md")
    let tree = try #require(LocalFileSystem().canonicalPath(dir + "/site"))
    #expect(
      throws: FileSystemError(
        path: dir + "/site/link.md", reason: "is a symbolic link to a file outside the folders given; not written")
    ) {
      try LocalFileSystem().replace(
        dir + "/site/link.md", with: Array("new\n".utf8), expecting: Array("old\n".utf8), within: [tree])
    }
    #expect(try LocalFileSystem().read(outside + "/target.md") == Array("old\n".utf8))
  }

  @Test func relativePathsBelowTheCurrentFolder() throws {
    let dir = try folder()
    defer { remove(dir) }
    write(dir + "/a.md", "old")
    try LocalFileSystem(currentDirectory: dir).replace(
      "a.md", with: Array("new".utf8), expecting: Array("old".utf8), within: [])
    #expect(try LocalFileSystem().read(dir + "/a.md") == Array("new".utf8))
  }

  @Test func memoryFileSystemChecksLikeTheRealOne() throws {
    let fs = WritableMemoryFileSystem(["a.md": "old", "b.md": "old"])
    fs.makeReadOnly("b.md")
    fs.beforeReplace { fs, path in if path == "a.md" { fs.set("a.md", Array("theirs".utf8)) } }
    #expect(throws: FileSystemError(path: "a.md", reason: "changed since it was read; not written")) {
      try fs.replace("a.md", with: Array("new".utf8), expecting: Array("old".utf8), within: [])
    }
    #expect(throws: FileSystemError(path: "b.md", reason: "is read-only; not written")) {
      try fs.replace("b.md", with: Array("new".utf8), expecting: Array("old".utf8), within: [])
    }
    #expect(fs.files["a.md"] == Array("theirs".utf8))
  }
}
