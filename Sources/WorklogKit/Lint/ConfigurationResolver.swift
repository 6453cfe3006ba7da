/// Finds the `.worklog.json` that applies to each page by walking up from its folder, caching
/// what it learns per folder.
final class ConfigurationResolver: @unchecked Sendable {
  private let fileSystem: any FileSystem
  private var cache: [String: Result<(path: String, configuration: Configuration)?, ConfigurationError>] = [:]
  private let lock = Mutex()

  init(fileSystem: any FileSystem) {
    self.fileSystem = fileSystem
  }

  /// The nearest configuration file above `pagePath` and its contents, or nil. A bad one
  /// throws, once per page below it, and is read only once.
  func configuration(for pagePath: String) throws(ConfigurationError) -> (path: String, configuration: Configuration)? {
    var folder = parent(of: pagePath)
    var visited: [String] = []
    var found: Result<(path: String, configuration: Configuration)?, ConfigurationError> = .success(nil)
    while true {
      if let cached = lock.locked({ cache[folder] }) {
        found = cached
        break
      }
      visited.append(folder)
      let candidate =
        folder == "." ? ".worklog.json" : (folder.hasSuffix("/") ? folder : folder + "/") + ".worklog.json"
      if let result = lookUp(candidate) {
        found = result
        break
      }
      let up = parent(of: folder)
      if up == folder { break }
      folder = up
    }
    lock.locked { for f in visited { cache[f] = found } }
    return try found.get()
  }

  /// The configuration at `candidate`, an error when something is there that is not one, or
  /// nil when nothing is there.
  private func lookUp(_ candidate: String) -> Result<(path: String, configuration: Configuration)?, ConfigurationError>?
  {
    switch fileSystem.kind(of: candidate) {
    case .file:
      do throws(ConfigurationError) {
        return .success((candidate, try Configuration.load(candidate, fileSystem: fileSystem)))
      } catch {
        return .failure(error)
      }
    case .directory:
      return .failure(ConfigurationError(path: candidate, message: "is a folder, not a configuration file"))
    case .other:
      // Never opened: opening a FIFO waits for a writer.
      return .failure(
        ConfigurationError(path: candidate, message: "not a regular file (a FIFO, socket or device); not read"))
    case .missing:
      guard fileSystem.isSymbolicLink(candidate) else { return nil }
      let reason: String
      do {
        _ = try fileSystem.read(candidate)
        reason = "no such file or directory"
      } catch {
        reason = error.reason
      }
      return .failure(ConfigurationError(path: candidate, message: "symbolic link that leads to no file (\(reason))"))
    }
  }

  private func parent(of path: String) -> String {
    if path == "/" { return "/" }
    if path == "." || path.isEmpty { return absoluteParentOfCurrent() }
    var p = path
    while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
    guard let slash = p.lastIndex(of: "/") else { return "." }
    if slash == p.startIndex { return "/" }
    return String(p[..<slash])
  }

  /// `..` of the current folder, so the walk goes on above a relative path.
  private func absoluteParentOfCurrent() -> String {
    let cwd = System.currentDirectory().map(RawPath.string) ?? ""
    guard let slash = cwd.lastIndex(of: "/"), slash != cwd.startIndex else { return "/" }
    return String(cwd[..<slash])
  }
}
