// The system calls are `System`'s (Support/System.swift).

/// A file written beside its target under a temporary name, on the disk (`fsync`) before it
/// takes the target's place: `create` links it into place, `replace` renames it over the old
/// file, so an interrupted run leaves no file, the old one or the whole new one.
struct LocalTemporaryFile {
  /// The target's folder (`/` or `.` at the ends).
  let folder: String
  /// The temporary file's path, NUL-terminated, for `link`, `rename` and `unlink`.
  var name: [CChar]

  /// Writes `bytes` to a new temporary file beside `target`, gives it its mode (`mode` on its
  /// descriptor) and `fsync`s it; errors name `path`, and leave nothing behind.
  init(beside target: String, path: String, bytes: [UInt8], mode: (Int32) -> Void) throws(FileSystemError) {
    let slash = target.lastIndex(of: "/")
    folder = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
    let base = slash.map { String(target[target.index(after: $0)...]) } ?? target
    name =
      Array(RawPath.bytes(of: (folder == "/" ? "" : folder) + "/." + base + ".worklog-XXXXXX")).map {
        CChar(bitPattern: $0)
      } + [0]
    let fd = System.makeTemporaryFile(&name)
    guard fd >= 0 else {
      throw FileSystemError(
        path: path, reason: "cannot write a temporary file beside it: \(LocalFileSystem.errorText())")
    }
    var written = 0
    var failure: String?
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { raw in System.write(fd, UnsafeRawBufferPointer(rebasing: raw[written...])) }
      if n < 0 {
        if System.errorNumber == System.Error.interrupted { continue }
        failure = LocalFileSystem.errorText()
        break
      }
      written += n
    }
    if failure == nil {
      mode(fd)
      if !System.synchronize(fd) { failure = LocalFileSystem.errorText() }
    }
    System.close(fd)
    if let failure {
      System.remove(name)
      throw FileSystemError(path: path, reason: "cannot be written: \(failure)")
    }
  }

  /// Removes the temporary file (after it was linked, or when it is not wanted).
  func remove() { System.remove(name) }
}
