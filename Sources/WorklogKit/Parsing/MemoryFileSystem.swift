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
    let names = Set(
      files.keys.filter { $0.hasPrefix(prefix) }.compactMap {
        $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
      })
    if names.isEmpty { throw FileSystemError(path: directory, reason: "no such file or directory") }
    return names.sorted()
  }

  /// The names with their kinds, as a real listing gives them, so walks over a memory file
  /// system take the path a real one does.
  public func listing(of directory: String) throws(FileSystemError) -> [ListedName] {
    try contents(of: directory).map { name in
      let child = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      return ListedName(name, kind: kind(of: child) == .file ? .file : .directory)
    }
  }

  public func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    guard let bytes = files[key(path)] else { throw FileSystemError(path: path, reason: "no such file or directory") }
    return bytes
  }

  public func identity(of directory: String) -> String? { key(directory) }
}
