/// The real file system, through POSIX calls (no Foundation on this path).
public struct LocalFileSystem: FileSystem {
  /// The largest file `read` takes: a page is a few kilobytes, and a bound keeps the memory one
  /// page can take bounded (a log or an image named `.md`, a device, a file still growing).
  public static let maximumFileSize = 256 * 1024 * 1024

  /// The folder relative paths are read from; nil for the process's current folder.
  public var currentDirectory: String?

  public init(currentDirectory: String? = nil) {
    self.currentDirectory = currentDirectory
  }

  /// `path` as the system calls take it: below `currentDirectory` when it is relative.
  private func located(_ path: String) -> String {
    guard let currentDirectory, !path.hasPrefix("/") else { return path }
    return currentDirectory.hasSuffix("/") ? currentDirectory + path : currentDirectory + "/" + path
  }

  public func kind(of path: String) -> FileKind {
    guard let status = RawPath.withCString(located(path), { System.status($0) }) else { return .missing }
    switch status.kind {
    case .regular: return .file
    case .directory: return .directory
    default: return .other
    }
  }

  public func identity(of directory: String) -> String? {
    guard let status = RawPath.withCString(located(directory), { System.status($0) }) else { return nil }
    return "\(status.device):\(status.inode)"
  }

  public func isSymbolicLink(_ path: String) -> Bool {
    RawPath.withCString(located(path), { System.status($0, followingLinks: false) })?.kind == .symbolicLink
  }

  public func canonicalPath(_ path: String) -> String? {
    RawPath.withCString(located(path), { System.realPath($0) }).map(RawPath.string)
  }

  public func contents(of directory: String) throws(FileSystemError) -> [String] {
    try listing(of: directory).map(\.name)
  }

  public func listing(of directory: String) throws(FileSystemError) -> [ListedName] {
    guard let entries = RawPath.withCString(located(directory), { System.directoryEntries($0) }) else {
      throw FileSystemError(path: directory, reason: LocalFileSystem.errorText())
    }
    // Sorted by the bytes the system listed, which are what `RawPath.bytes(of:)` gives back for
    // each name (`RawPath` round-trips), without making them again at every comparison.
    var names: [ListedName] = []
    names.reserveCapacity(entries.count)
    for entry in entries.sorted(by: { $0.name.lexicographicallyPrecedes($1.name) }) {
      // The name's bytes as they are: one that is not UTF-8 keeps them (`RawPath`).
      let name = RawPath.string(entry.name)
      guard name != "." && name != ".." else { continue }
      let kind: ListedName.Kind? =
        switch entry.type {
        case .regular: .file
        case .directory: .directory
        case .symbolicLink: .symbolicLink
        case .other: .other
        case .unknown: nil
        }
      names.append(ListedName(name, kind: kind))
    }
    return names
  }

  public func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    // Never blocks on a FIFO or a device: opened without waiting, then refused unless regular.
    let fd = RawPath.withCString(located(path)) { System.openForReading($0) }
    guard fd >= 0 else { throw FileSystemError(path: path, reason: LocalFileSystem.errorText()) }
    defer { System.close(fd) }
    guard let status = System.status(descriptor: fd) else {
      throw FileSystemError(path: path, reason: LocalFileSystem.errorText())
    }
    switch status.kind {
    case .regular: break
    case .directory: throw FileSystemError(path: path, reason: "is a directory")
    case .fifo: throw FileSystemError(path: path, reason: "is a FIFO (named pipe), not a regular file; not read")
    default: throw FileSystemError(path: path, reason: "not a regular file; not read")
    }
    let size = status.size
    if size > LocalFileSystem.maximumFileSize { throw LocalFileSystem.tooLarge(path) }
    // Sized by what the file says it holds; nothing reserved for an empty one (files in /proc
    // say 0 and hold more: they grow as they are read).
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size)
    var chunk = [UInt8](repeating: 0, count: min(64 * 1024, max(size, 4096)))
    while true {
      let n = chunk.withUnsafeMutableBytes { System.read(fd, into: $0) }
      if n < 0 {
        if System.errorNumber == System.Error.interrupted { continue }
        throw FileSystemError(path: path, reason: LocalFileSystem.errorText())
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > LocalFileSystem.maximumFileSize { throw LocalFileSystem.tooLarge(path) }
      if bytes.count >= chunk.count * 4 && chunk.count < 64 * 1024 { chunk = [UInt8](repeating: 0, count: 64 * 1024) }
    }
    return bytes
  }

  /// Reads a stream (standard input) to its end, with the same cap as a file.
  package static func readStream(_ fd: Int32, name: String) throws(FileSystemError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = chunk.withUnsafeMutableBytes { System.read(fd, into: $0) }
      if n < 0 {
        if System.errorNumber == System.Error.interrupted { continue }
        throw FileSystemError(path: name, reason: errorText())
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > maximumFileSize { throw tooLarge(name) }
    }
    return bytes
  }

  /// The reason given for a file over `maximumFileSize`, naming what it was read as.
  static func tooLargeReason(for what: String) -> String {
    "too large to be a \(what) (more than \(maximumFileSize / (1024 * 1024)) MiB)"
  }

  private static func tooLarge(_ path: String) -> FileSystemError {
    FileSystemError(path: path, reason: tooLargeReason(for: "page"))
  }

  static func errorText() -> String {
    let number = System.errorNumber
    switch number {
    case System.Error.noEntry: return "no such file or directory"
    case System.Error.accessDenied: return "permission denied"
    case System.Error.notADirectory: return "not a directory"
    case System.Error.linkLoop: return "too many levels of symbolic links"
    default: return System.errorText(number)
    }
  }
}
