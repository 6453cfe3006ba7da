/// A writable file system in memory, for tests of `worklog fix`: files that can be marked
/// read-only, and a hook that runs just before a replacement is checked (to change a file while
/// the run holds it).
public final class WritableMemoryFileSystem: WritableFileSystem, @unchecked Sendable {
  private let lock = Mutex()
  private var storage: MemoryFileSystem
  private var readOnlyPaths: Set<String> = []
  private var hook: (@Sendable (WritableMemoryFileSystem, String) -> Void)?

  public init(_ files: [String: String]) { storage = MemoryFileSystem(files) }
  public init(bytes files: [String: [UInt8]]) { storage = MemoryFileSystem(bytes: files) }

  /// The files as they are now.
  public var files: [String: [UInt8]] { lock.locked { storage.files } }

  /// Writes `bytes` at `path` directly (a change made by someone else).
  public func set(_ path: String, _ bytes: [UInt8]) { lock.locked { storage.files[path] = bytes } }

  /// Marks `path` read-only: replacing it fails.
  public func makeReadOnly(_ path: String) { _ = lock.locked { readOnlyPaths.insert(path) } }

  /// Runs `body` with the path just before each replacement is checked.
  public func beforeReplace(_ body: @escaping @Sendable (WritableMemoryFileSystem, String) -> Void) {
    lock.locked { hook = body }
  }

  public func kind(of path: String) -> FileKind { lock.locked { storage }.kind(of: path) }
  public func contents(of directory: String) throws(FileSystemError) -> [String] {
    try lock.locked { storage }.contents(of: directory)
  }
  public func read(_ path: String) throws(FileSystemError) -> [UInt8] { try lock.locked { storage }.read(path) }
  public func identity(of directory: String) -> String? { lock.locked { storage }.identity(of: directory) }

  public func replace(_ path: String, with bytes: [UInt8], expecting expected: [UInt8], within folders: [String])
    throws(FileSystemError)
  {
    if let hook = lock.locked({ hook }) { hook(self, path) }
    let failure: FileSystemError? = lock.locked {
      guard let now = storage.files[path] else {
        return FileSystemError(path: path, reason: "no such file or directory")
      }
      if readOnlyPaths.contains(path) { return FileSystemError(path: path, reason: "is read-only; not written") }
      if now != expected { return FileSystemError(path: path, reason: "changed since it was read; not written") }
      storage.files[path] = bytes
      return nil
    }
    if let failure { throw failure }
  }

  /// Folders are implied by the files in them: nothing to make.
  public func makeFolders(_ path: String) throws(FileSystemError) {}

  public func create(_ path: String, with bytes: [UInt8]) throws(FileSystemError) {
    let failure: FileSystemError? = lock.locked {
      if storage.kind(of: path) != .missing {
        return FileSystemError(path: path, reason: "already exists; not overwritten")
      }
      storage.files[path] = bytes
      return nil
    }
    if let failure { throw failure }
  }
}
