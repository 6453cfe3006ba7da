/// A file system that reads some files from memory (a page as a fix would leave it) and
/// everything else from the one below: how a fixed page is read again, with its site, before
/// anything is written.
struct OverlayFileSystem: FileSystem {
  var base: any FileSystem
  /// The new bytes of the files a fix changed, by path as the pages name them.
  var changed: [String: [UInt8]]

  func kind(of path: String) -> FileKind { changed[path] != nil ? .file : base.kind(of: path) }
  func contents(of directory: String) throws(FileSystemError) -> [String] { try base.contents(of: directory) }
  func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    if let bytes = changed[path] { return bytes }
    return try base.read(path)
  }
  func identity(of directory: String) -> String? { base.identity(of: directory) }
  func isSymbolicLink(_ path: String) -> Bool { base.isSymbolicLink(path) }
  func canonicalPath(_ path: String) -> String? { base.canonicalPath(path) }
}
