@testable import WorklogKit

/// An in-memory file system in which some files are listed but cannot be read.
package struct FailingFileSystem: FileSystem {
  /// The files that can be read.
  package var memory: MemoryFileSystem
  /// Path → the reason reading it fails.
  package var failures: [String: String]

  /// `files` by path; each path in `failures` is listed but reading it fails with the reason given.
  package init(_ files: [String: String], failing failures: [String: String] = [:]) {
    memory = MemoryFileSystem(files)
    self.failures = failures
  }

  package func kind(of path: String) -> FileKind {
    if failures[path] != nil { return .file }
    let prefix = path.hasSuffix("/") ? path : path + "/"
    if failures.keys.contains(where: { $0.hasPrefix(prefix) }) { return .directory }
    return memory.kind(of: path)
  }

  package func contents(of directory: String) throws(FileSystemError) -> [String] {
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    let failing = failures.keys.filter { $0.hasPrefix(prefix) }.compactMap {
      $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
    }
    let listed = (try? memory.contents(of: directory)) ?? []
    guard !listed.isEmpty || !failing.isEmpty else {
      throw FileSystemError(path: directory, reason: "no such file or directory")
    }
    return Array(Set(listed + failing)).sorted()
  }

  package func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    if let reason = failures[path] { throw FileSystemError(path: path, reason: reason) }
    return try memory.read(path)
  }

  package func identity(of directory: String) -> String? { directory }
}
