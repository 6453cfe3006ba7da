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
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    if kind(of: path) != .missing || isSymbolicLink(path) {
      throw FileSystemError(path: path, reason: "already exists; not overwritten")
    }
    try makeFolders(folder)
    var template =
      Array(RawPath.bytes(of: (folder == "/" ? "" : folder) + "/." + name + ".worklog-XXXXXX")).map {
        CChar(bitPattern: $0)
      } + [0]
    let fd = System.makeTemporaryFile(&template)
    guard fd >= 0 else {
      throw FileSystemError(
        path: path, reason: "cannot write a temporary file beside it: \(LocalFileSystem.errorText())")
    }
    func abandon(_ reason: String) -> FileSystemError {
      System.close(fd)
      System.remove(template)
      return FileSystemError(path: path, reason: reason)
    }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { raw in System.write(fd, UnsafeRawBufferPointer(rebasing: raw[written...])) }
      if n < 0 {
        if System.errorNumber == System.Error.interrupted { continue }
        throw abandon("cannot be written: \(LocalFileSystem.errorText())")
      }
      written += n
    }
    System.giveNewFileMode(fd)
    guard System.synchronize(fd) else { throw abandon("cannot be written: \(LocalFileSystem.errorText())") }
    System.close(fd)
    let linked = RawPath.withCString(target) { System.link(template, to: $0) }
    let reason = linked ? "" : LocalFileSystem.errorText()
    System.remove(template)
    guard linked else {
      throw FileSystemError(
        path: path,
        reason: kind(of: path) == .missing ? "cannot be written: \(reason)" : "already exists; not overwritten")
    }
    RawPath.withCString(folder) { System.synchronizeFolder($0) }
  }
}
