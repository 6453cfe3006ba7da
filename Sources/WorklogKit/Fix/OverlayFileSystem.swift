/// A file system that reads some files from memory (a page as a fix would leave it) and
/// everything else from the one below: how a fixed page is read again, with its site, before
/// anything is written; and how `lint --stdin-filename` reads standard input as a page of a site.
package struct OverlayFileSystem: FileSystem {
  package var base: any FileSystem
  /// The new bytes of the files a fix changed, by path as the pages name them.
  package var changed: [String: [UInt8]]

  package init(base: any FileSystem, changed: [String: [UInt8]]) {
    self.base = base
    self.changed = changed
  }

  package func kind(of path: String) -> FileKind { changed[path] != nil ? .file : base.kind(of: path) }
  package func contents(of directory: String) throws(FileSystemError) -> [String] { try base.contents(of: directory) }
  package func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    if let bytes = changed[path] { return bytes }
    return try base.read(path)
  }
  package func identity(of directory: String) -> String? { base.identity(of: directory) }
  package func isSymbolicLink(_ path: String) -> Bool { base.isSymbolicLink(path) }
  package func canonicalPath(_ path: String) -> String? { base.canonicalPath(path) }
}
