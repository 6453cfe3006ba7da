import Testing

@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 16, defects 3, 6, 7 and 11: reads sized by what was read, FIFOs never opened blocking,
/// standard input capped, names that are not UTF-8 kept as their bytes.
@Suite struct LocalFileSystemTests {
  /// A fresh folder under /tmp.
  func folder() throws -> String {
    var template = Array("/tmp/worklog-kit-XXXXXX".utf8CString)
    let made = try #require(mkdtemp(&template))
    return String(cString: made)
  }

  func remove(_ path: String) { _ = "rm -rf '\(path)'".withCString { system($0) } }

  func write(_ path: String, _ bytes: [UInt8]) {
    let fd = RawPath.withCString(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
    _ = bytes.withUnsafeBytes { System.write(fd, $0) }
    close(fd)
  }

  @Test func emptyFileReservesNothing() throws {
    let dir = try folder()
    defer { remove(dir) }
    write(dir + "/empty.md", [])
    let bytes = try LocalFileSystem().read(dir + "/empty.md")
    #expect(bytes.isEmpty)
    #expect(bytes.capacity < 1024)
  }

  @Test func smallFileIsSizedByItsSize() throws {
    let dir = try folder()
    defer { remove(dir) }
    write(dir + "/a.md", Array("hello\n".utf8))
    let bytes = try LocalFileSystem().read(dir + "/a.md")
    #expect(bytes == Array("hello\n".utf8))
    #expect(bytes.capacity < 1024)
  }

  @Test func fifoIsRefusedWithoutBlocking() throws {
    let dir = try folder()
    defer { remove(dir) }
    #expect(mkfifo(dir + "/pipe.md", 0o644) == 0)
    #expect(throws: FileSystemError.self) { try LocalFileSystem().read(dir + "/pipe.md") }
    #expect(LocalFileSystem().kind(of: dir + "/pipe.md") == .other)
  }

  @Test func standardInputIsCappedLikeAFile() throws {
    let fd = open("/dev/zero", O_RDONLY)
    defer { close(fd) }
    #expect(throws: FileSystemError.self) { try LocalFileSystem.readStream(fd, name: "<stdin>") }
    do {
      _ = try LocalFileSystem.readStream(fd, name: "<stdin>")
    } catch {
      #expect(error.reason.hasPrefix("too large"))
    }
  }

  @Test func nameThatIsNotUTF8IsListedAndReadUnderItsBytes() throws {
    let dir = try folder()
    defer { remove(dir) }
    let raw: [UInt8] = Array("week-3-".utf8) + [0xFF, 0xC3] + Array(".md".utf8)
    write(dir + "/" + RawPath.string(raw), Array("# page\n".utf8))
    let fs = LocalFileSystem()
    let names = try fs.contents(of: dir)
    #expect(names.count == 1)
    #expect(RawPath.bytes(of: names[0]) == raw)
    #expect(fs.kind(of: dir + "/" + names[0]) == .file)
    #expect(try fs.read(dir + "/" + names[0]) == Array("# page\n".utf8))
  }

  @Test func rawPathRoundTrips() {
    for bytes: [UInt8] in [
      [0x61], [0xFF], [0xC3, 0xA9], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xC0, 0xAF],
    ] {
      #expect(RawPath.bytes(of: RawPath.string(bytes)) == bytes)
    }
    #expect(RawPath.string(Array("é".utf8)) == "é")
  }

  @Test func symbolicLinksAreSeenAndResolved() throws {
    let dir = try folder()
    defer { remove(dir) }
    write(dir + "/target.md", [])
    #expect(symlink(dir + "/target.md", dir + "/link.md") == 0)
    let fs = LocalFileSystem()
    #expect(fs.isSymbolicLink(dir + "/link.md"))
    #expect(!fs.isSymbolicLink(dir + "/target.md"))
    #expect(fs.canonicalPath(dir + "/link.md") == fs.canonicalPath(dir + "/target.md"))
  }
}
