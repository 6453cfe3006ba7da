#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `read(2)`, named apart from the protocol's `read`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}

/// What a path names.
public enum FileKind: Sendable, Equatable {
  case file, directory, missing, other
}

/// A failure to read a path, with the path and the reason as the system gave it.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var reason: String
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
  public var description: String { "\(path): \(reason)" }
}

/// The file system as the tool sees it; tests use an in-memory one.
public protocol FileSystem: Sendable {
  /// What `path` names, following symbolic links.
  func kind(of path: String) -> FileKind
  /// The names in a directory (not `.` or `..`), sorted.
  func contents(of directory: String) throws(FileSystemError) -> [String]
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
}

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
    let path = located(path)
    var st = stat()
    guard RawPath.withCString(path, { stat($0, &st) }) == 0 else { return .missing }
    switch st.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  public func identity(of directory: String) -> String? {
    var st = stat()
    guard RawPath.withCString(located(directory), { stat($0, &st) }) == 0 else { return nil }
    return "\(st.st_dev):\(st.st_ino)"
  }

  public func isSymbolicLink(_ path: String) -> Bool {
    var st = stat()
    return RawPath.withCString(located(path), { lstat($0, &st) }) == 0 && st.st_mode & S_IFMT == S_IFLNK
  }

  public func canonicalPath(_ path: String) -> String? {
    guard let real = RawPath.withCString(located(path), { realpath($0, nil) }) else { return nil }
    defer { free(real) }
    return RawPath.string(Array(UnsafeBufferPointer(start: UnsafeRawPointer(real).assumingMemoryBound(to: UInt8.self), count: strlen(real))))
  }

  public func contents(of directory: String) throws(FileSystemError) -> [String] {
    guard let dir = RawPath.withCString(located(directory), { opendir($0) }) else { throw FileSystemError(path: directory, reason: LocalFileSystem.errorText()) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      // The name's bytes as they are: one that is not UTF-8 keeps them (`RawPath`).
      let bytes = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: UInt8.self, capacity: 256) { Array(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)))) }
      }
      let name = RawPath.string(bytes)
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted { RawPath.bytes(of: $0).lexicographicallyPrecedes(RawPath.bytes(of: $1)) }
  }

  public func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    // Never blocks on a FIFO or a device: opened without waiting, then refused unless regular.
    let fd = RawPath.withCString(located(path)) { open($0, O_RDONLY | O_NONBLOCK | O_NOCTTY) }
    guard fd >= 0 else { throw FileSystemError(path: path, reason: LocalFileSystem.errorText()) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw FileSystemError(path: path, reason: LocalFileSystem.errorText()) }
    switch st.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw FileSystemError(path: path, reason: "is a directory")
    case S_IFIFO: throw FileSystemError(path: path, reason: "is a FIFO (named pipe), not a regular file; not read")
    default: throw FileSystemError(path: path, reason: "not a regular file; not read")
    }
    let size = Int(st.st_size)
    if size > LocalFileSystem.maximumFileSize { throw LocalFileSystem.tooLarge(path) }
    // Sized by what the file says it holds; nothing reserved for an empty one (files in /proc
    // say 0 and hold more: they grow as they are read).
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size)
    var chunk = [UInt8](repeating: 0, count: min(64 * 1024, max(size, 4096)))
    while true {
      let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
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
  public static func readStream(_ fd: Int32, name: String) throws(FileSystemError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileSystemError(path: name, reason: errorText())
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > maximumFileSize { throw tooLarge(name) }
    }
    return bytes
  }

  /// The reason given for a file over `maximumFileSize`, naming what it was read as.
  public static func tooLargeReason(for what: String) -> String {
    "too large to be a \(what) (more than \(maximumFileSize / (1024 * 1024)) MiB)"
  }

  private static func tooLarge(_ path: String) -> FileSystemError {
    FileSystemError(path: path, reason: tooLargeReason(for: "page"))
  }

  static func errorText() -> String {
    switch errno {
    case ENOENT: return "no such file or directory"
    case EACCES: return "permission denied"
    case ENOTDIR: return "not a directory"
    case ELOOP: return "too many levels of symbolic links"
    default: return String(cString: strerror(errno))
    }
  }
}

/// A file system held in memory, for tests: paths map to file contents; folders are implied.
public struct MemoryFileSystem: FileSystem {
  public var files: [String: [UInt8]]
  /// The absolute folder relative paths are read from, for tests of path spellings (`.`,
  /// `../site`). Nil: paths are taken as written, relative keys and all.
  public var currentDirectory: String?

  public init(_ files: [String: String], currentDirectory: String? = nil) {
    self.files = files.mapValues { Array($0.utf8) }
    self.currentDirectory = currentDirectory
  }

  /// A file system of raw contents.
  public init(bytes files: [String: [UInt8]]) {
    self.files = files
  }

  /// The key `path` names: with a current folder, absolute and without `.` or `..`.
  private func key(_ path: String) -> String {
    guard let currentDirectory else { return path }
    return SiteLocator.normalized(path.hasPrefix("/") ? path : currentDirectory + "/" + path)
  }

  public func canonicalPath(_ path: String) -> String? {
    currentDirectory == nil ? nil : key(path)
  }

  public func kind(of path: String) -> FileKind {
    let path = key(path)
    if files[path] != nil { return .file }
    let prefix = path.hasSuffix("/") ? path : path + "/"
    return files.keys.contains { $0.hasPrefix(prefix) } ? .directory : .missing
  }

  public func contents(of directory: String) throws(FileSystemError) -> [String] {
    let folder = key(directory)
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    let names = Set(files.keys.filter { $0.hasPrefix(prefix) }.compactMap { $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init) })
    if names.isEmpty { throw FileSystemError(path: directory, reason: "no such file or directory") }
    return names.sorted()
  }

  public func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    guard let bytes = files[key(path)] else { throw FileSystemError(path: path, reason: "no such file or directory") }
    return bytes
  }

  public func identity(of directory: String) -> String? { key(directory) }
}
