/// A file system `worklog fix` can write to.
public protocol WritableFileSystem: FileSystem {
  /// Replaces the contents of the file at `path` with `bytes`, all or nothing, provided it still
  /// holds `expected` (what the run read); a symbolic link is written through to its target
  /// only when the target lies inside one of `folders` (canonical paths; none: no limit).
  ///
  /// Throws, naming the file, when it is read-only, changed since it was read, a link out of
  /// the folders, or cannot be written; the file is then left as it was.
  func replace(_ path: String, with bytes: [UInt8], expecting expected: [UInt8], within folders: [String])
    throws(FileSystemError)

  /// Makes the folder `path` and every missing folder above it (`worklog new`).
  func makeFolders(_ path: String) throws(FileSystemError)

  /// Writes a new file at `path` holding `bytes`, all or nothing, making its folders first;
  /// throws, naming it, when something is already there (never overwritten) or it cannot be written.
  func create(_ path: String, with bytes: [UInt8]) throws(FileSystemError)
}

extension WritableFileSystem {
  /// Whether canonical `path` lies inside one of the canonical `folders` (always, for none).
  static func isInside(_ path: String, _ folders: [String]) -> Bool {
    folders.isEmpty || folders.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
  }
}
