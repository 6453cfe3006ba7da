#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Every system call `worklog fix` writes with is in this file, so they can move together.

/// `write(2)`, named apart from anything called `write`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(fd, buffer, count)
}

extension LocalFileSystem: WritableFileSystem {
  /// Writes a temporary file beside the target, `fsync`s it, gives it the target's mode, reads
  /// the target once more and renames the temporary file over it only if it still holds
  /// `expected`: an interrupted run leaves the old file or the new one, never half of either.
  public func replace(_ path: String, with bytes: [UInt8], expecting expected: [UInt8], within folders: [String])
    throws(FileSystemError)
  {
    let given = currentDirectory.map { path.hasPrefix("/") ? path : ($0.hasSuffix("/") ? $0 : $0 + "/") + path } ?? path
    // A link is written through to its target, and only inside the folders named.
    var target = given
    if isSymbolicLink(path) {
      guard let real = canonicalPath(path) else {
        throw FileSystemError(path: path, reason: "is a symbolic link whose target cannot be found; not written")
      }
      guard Self.isInside(real, folders) else {
        throw FileSystemError(path: path, reason: "is a symbolic link to a file outside the folders given; not written")
      }
      target = real
    } else if let real = canonicalPath(path), !Self.isInside(real, folders) {
      throw FileSystemError(path: path, reason: "lies outside the folders given (through a linked folder); not written")
    }
    var st = stat()
    guard RawPath.withCString(target, { stat($0, &st) }) == 0 else {
      throw FileSystemError(path: path, reason: LocalFileSystem.errorText())
    }
    guard st.st_mode & S_IFMT == S_IFREG else {
      throw FileSystemError(path: path, reason: "not a regular file; not written")
    }
    // Root may write anything: a file without write permission is still one its owner meant to keep.
    if st.st_mode & 0o222 == 0 || RawPath.withCString(target, { access($0, W_OK) }) != 0 {
      throw FileSystemError(path: path, reason: "is read-only; not written")
    }
    guard try read(target) == expected else {
      throw FileSystemError(path: path, reason: "changed since it was read; not written")
    }

    let slash = target.lastIndex(of: "/")
    let folder = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    var template =
      Array(RawPath.bytes(of: (folder == "/" ? "" : folder) + "/." + name + ".worklog-XXXXXX")).map {
        CChar(bitPattern: $0)
      } + [0]
    let fd = mkstemp(&template)
    guard fd >= 0 else {
      throw FileSystemError(
        path: path, reason: "cannot write a temporary file beside it: \(LocalFileSystem.errorText())")
    }
    func abandon(_ reason: String) -> FileSystemError {
      close(fd)
      _ = unlink(template)
      return FileSystemError(path: path, reason: reason)
    }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        systemWrite(fd, raw.baseAddress.map { $0 + written }, bytes.count - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw abandon("cannot be written: \(LocalFileSystem.errorText())")
      }
      written += n
    }
    _ = fchmod(fd, st.st_mode & 0o7777)
    if getuid() == 0 { _ = fchown(fd, st.st_uid, st.st_gid) }
    guard fsync(fd) == 0 else { throw abandon("cannot be written: \(LocalFileSystem.errorText())") }
    // Changed while the new file was written: the other change wins.
    guard (try? read(target)) == expected else { throw abandon("changed since it was read; not written") }
    close(fd)
    guard RawPath.withCString(target, { rename(template, $0) }) == 0 else {
      let reason = LocalFileSystem.errorText()
      _ = unlink(template)
      throw FileSystemError(path: path, reason: "cannot be replaced: \(reason)")
    }
    // The rename itself reaches the disk with the folder.
    let dir = RawPath.withCString(folder) { open($0, O_RDONLY) }
    if dir >= 0 {
      _ = fsync(dir)
      close(dir)
    }
  }
}
