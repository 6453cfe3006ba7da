// The system calls `worklog fix` writes with are `System`'s (Support/System.swift), like every
// other platform call.

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
    guard let st = RawPath.withCString(target, { System.status($0) }) else {
      throw FileSystemError(path: path, reason: LocalFileSystem.errorText())
    }
    guard st.kind == .regular else {
      throw FileSystemError(path: path, reason: "not a regular file; not written")
    }
    // Root may write anything: a file without write permission is still one its owner meant to keep.
    if st.permissions & 0o222 == 0 || !RawPath.withCString(target, { System.isWritable($0) }) {
      throw FileSystemError(path: path, reason: "is read-only; not written")
    }
    guard try read(target) == expected else {
      throw FileSystemError(path: path, reason: "changed since it was read; not written")
    }

    let temporary = try LocalTemporaryFile(beside: target, path: path, bytes: bytes) { System.copyMode(of: st, to: $0) }
    // Changed while the new file was written: the other change wins.
    guard (try? read(target)) == expected else {
      temporary.remove()
      throw FileSystemError(path: path, reason: "changed since it was read; not written")
    }
    guard RawPath.withCString(target, { System.rename(temporary.name, to: $0) }) else {
      let reason = LocalFileSystem.errorText()
      temporary.remove()
      throw FileSystemError(path: path, reason: "cannot be replaced: \(reason)")
    }
    let folder = temporary.folder
    // The rename itself reaches the disk with the folder.
    RawPath.withCString(folder) { System.synchronizeFolder($0) }
  }
}
