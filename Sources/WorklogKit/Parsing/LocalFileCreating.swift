// The system calls `worklog new` writes with are `System`'s (Support/System.swift).

extension LocalFileSystem {
  /// Makes each missing folder on the way to `path`, from the top down.
  public func makeFolders(_ path: String) throws(FileSystemError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
      switch kind(of: prefix) {
      case .directory: continue
      case .missing:
        let full =
          currentDirectory.map { prefix.hasPrefix("/") ? prefix : ($0.hasSuffix("/") ? $0 : $0 + "/") + prefix }
          ?? prefix
        if !RawPath.withCString(full, { System.makeFolder($0) }), kind(of: prefix) != .directory {
          throw FileSystemError(path: prefix, reason: "cannot make the folder: \(LocalFileSystem.errorText())")
        }
      default:
        throw FileSystemError(path: prefix, reason: "is not a folder; nothing written below it")
      }
    }
  }

  /// Writes a temporary file beside `path`, `fsync`s it and links it to `path`, which fails
  /// when anything is there already: a new page never replaces a file, and an interrupted run
  /// leaves no file or the whole one.
  public func create(_ path: String, with bytes: [UInt8]) throws(FileSystemError) {
    let target =
      currentDirectory.map { path.hasPrefix("/") ? path : ($0.hasSuffix("/") ? $0 : $0 + "/") + path } ?? path
    let slash = target.lastIndex(of: "/")
    let folder = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
    if kind(of: path) != .missing || isSymbolicLink(path) {
      throw FileSystemError(path: path, reason: "already exists; not overwritten")
    }
    try makeFolders(folder)
    let temporary = try LocalTemporaryFile(beside: target, path: path, bytes: bytes, mode: System.giveNewFileMode)
    let template = temporary.name
    let linked = RawPath.withCString(target) { System.link(template, to: $0) }
    let reason = linked ? "" : LocalFileSystem.errorText()
    temporary.remove()
    guard linked else {
      throw FileSystemError(
        path: path,
        reason: kind(of: path) == .missing ? "cannot be written: \(reason)" : "already exists; not overwritten")
    }
    RawPath.withCString(folder) { System.synchronizeFolder($0) }
  }
}
