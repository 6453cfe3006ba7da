@testable import WorklogCLI
@testable import WorklogKit

/// The real file system seen from the repository root: relative paths are read below it, so
/// output names `worklogs/…` whatever the machine; absolute paths name nothing.
struct RepositoryFileSystem: FileSystem {
  let root: String
  let disk = LocalFileSystem()

  init(root: String = Golden.repositoryRoot.path) { self.root = root }

  private func real(_ path: String) -> String? { path.hasPrefix("/") ? nil : root + "/" + path }

  func kind(of path: String) -> FileKind { real(path).map(disk.kind(of:)) ?? .missing }
  func identity(of directory: String) -> String? { real(directory).flatMap(disk.identity(of:)) }
  func contents(of directory: String) throws(FileSystemError) -> [String] {
    guard let r = real(directory) else { throw FileSystemError(path: directory, reason: "no such file or directory") }
    return try disk.contents(of: r)
  }
  func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    guard let r = real(path) else { throw FileSystemError(path: path, reason: "no such file or directory") }
    do { return try disk.read(r) } catch { throw FileSystemError(path: path, reason: error.reason) }
  }

  /// Every file below `folder` (relative to the root), by path.
  func files(below folder: String) -> [String: String] {
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

/// An in-memory file system in which some files are listed but cannot be read.
struct FailingFileSystem: FileSystem {
  var memory: MemoryFileSystem
  /// Path → the reason reading it fails.
  var failures: [String: String]

  init(_ files: [String: String], failing failures: [String: String] = [:]) {
    memory = MemoryFileSystem(files)
    self.failures = failures
  }

  func kind(of path: String) -> FileKind {
    if failures[path] != nil { return .file }
    let prefix = path.hasSuffix("/") ? path : path + "/"
    if failures.keys.contains(where: { $0.hasPrefix(prefix) }) { return .directory }
    return memory.kind(of: path)
  }

  func contents(of directory: String) throws(FileSystemError) -> [String] {
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    let failing = failures.keys.filter { $0.hasPrefix(prefix) }.compactMap { $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init) }
    let listed = (try? memory.contents(of: directory)) ?? []
    guard !listed.isEmpty || !failing.isEmpty else { throw FileSystemError(path: directory, reason: "no such file or directory") }
    return Array(Set(listed + failing)).sorted()
  }

  func read(_ path: String) throws(FileSystemError) -> [UInt8] {
    if let reason = failures[path] { throw FileSystemError(path: path, reason: reason) }
    return try memory.read(path)
  }

  func identity(of directory: String) -> String? { directory }
}

/// Runs one command line in memory.
func run(_ arguments: [String], _ fileSystem: any FileSystem) -> (out: String, err: String, status: WorklogCLI.ExitStatus) {
  let env = Environment(stdout: TextSink(), stderr: TextSink(), fileSystem: fileSystem)
  let status = CLI.run(arguments, env)
  return (env.stdout.text, env.stderr.text, status)
}
