@testable import WorklogKit

/// The real file system seen from the repository root: relative paths are read below it, so
/// output names `worklogs/…` whatever the machine; absolute paths name nothing.
package struct RepositoryFileSystem: FileSystem {
  /// The folder relative paths are read below.
  package let root: String
  let disk = LocalFileSystem()

  package init(root: String = TestRepository.root) { self.root = root }

  private func real(_ path: String) -> String? { path.hasPrefix("/") ? nil : root + "/" + path }

  package func kind(of path: String) -> FileKind { real(path).map(disk.kind(of:)) ?? .missing }
  package func identity(of directory: String) -> String? { real(directory).flatMap(disk.identity(of:)) }
  package func contents(of directory: String) throws(FileSystemError) -> [String] {
    guard let r = real(directory) else { throw FileSystemError(path: directory, reason: "no such file or directory") }
    return try disk.contents(of: r)
  }
  package func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    guard let r = real(path) else { throw FileSystemError(path: path, reason: "no such file or directory") }
    do { return try disk.read(r) } catch { throw FileSystemError(path: path, reason: error.reason) }
  }

  /// Every file below `folder` (relative to the root), by path.
  package func files(below folder: String) -> [String: String] {
    var out: [String: String] = [:]
    var stack = [folder]
    while let dir = stack.popLast() {
      for name in (try? contents(of: dir)) ?? [] {
        let path = dir + "/" + name
        switch kind(of: path) {
        case .directory: stack.append(path)
        case .file: out[path] = (try? read(path)).map { String(decoding: $0, as: UTF8.self) }
        default: break
        }
      }
    }
    return out
  }
}
