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
}

extension WritableFileSystem {
  /// Whether canonical `path` lies inside one of the canonical `folders` (always, for none).
  static func isInside(_ path: String, _ folders: [String]) -> Bool {
    folders.isEmpty || folders.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
  }
}
