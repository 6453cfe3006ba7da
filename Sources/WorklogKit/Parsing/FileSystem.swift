/// The file system as the tool sees it; tests use an in-memory one.
public protocol FileSystem: Sendable {
  /// What `path` names, following symbolic links.
  func kind(of path: String) -> FileKind
  /// The names in a directory (not `.` or `..`), sorted.
  func contents(of directory: String) throws(FileSystemError) -> [String]
  /// `contents(of:)`, each name with what the listing says it is, when it says.
  func listing(of directory: String) throws(FileSystemError) -> [ListedName]
  /// The bytes of a file.
  func read(_ path: String) throws(FileSystemError) -> [UInt8]
  /// An identity for a directory that is the same however it is reached (device and inode), to
  /// stop at symbolic link loops; nil when unknown.
  func identity(of directory: String) -> String?
  /// Whether `path` itself is a symbolic link (whether or not its target exists).
  func isSymbolicLink(_ path: String) -> Bool
  /// The absolute path of `path` with `.`, `..` and symbolic links resolved, so two spellings of
  /// one folder give one string; nil when it names nothing or is unknown (callers then go by the
  /// text of the path).
  func canonicalPath(_ path: String) -> String?
}

extension FileSystem {
  /// A file system without symbolic links (memory ones, for tests).
  public func isSymbolicLink(_ path: String) -> Bool { false }
  public func canonicalPath(_ path: String) -> String? { nil }
  /// The names alone: each is asked about by path.
  public func listing(of directory: String) throws(FileSystemError) -> [ListedName] {
    try contents(of: directory).map { ListedName($0) }
  }
}
