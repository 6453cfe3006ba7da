/// Finds the `.worklog.json` files that apply to each page and lays them over each other: every
/// file from the top folder down to the page's own, the nearest winning key by key (ruff's and
/// markdownlint-cli2's discovery). A file with `"root": true` ends the walk up. What it learns is
/// cached per folder, and each file is read once.
package final class ConfigurationResolver: @unchecked Sendable {
  /// What applies in one folder: the merged settings and the nearest file, when any.
  package struct Resolved: Sendable {
    package var settings = ConfigurationSettings()
    /// The nearest file, when any applies.
    package var nearest: String?
    /// Every file that applies, in the order laid (each extended file before the one naming it).
    package var files: [String] = []
  }

  private let fileSystem: any FileSystem
  private let loader: ConfigurationLoader
  private var cache: [String: Result<Resolved, ConfigurationError>] = [:]
  private let lock = Mutex()

  package init(fileSystem: any FileSystem) {
    self.fileSystem = fileSystem
    loader = ConfigurationLoader(fileSystem: fileSystem)
  }

  /// The nearest configuration file above `pagePath` and the configuration of all that apply,
  /// or nil when none does. A bad one throws, once per page below it, and is read only once.
  func configuration(for pagePath: String) throws(ConfigurationError) -> (path: String, configuration: Configuration)? {
    let resolved = try resolved(for: pagePath)
    guard let nearest = resolved.nearest else { return nil }
    return (nearest, Configuration(settings: resolved.settings))
  }

  /// The settings that apply to `pagePath`, each with the file and line it came from.
  package func resolved(for pagePath: String) throws(ConfigurationError) -> Resolved {
    try resolved(folder: parent(of: pagePath))
  }

  /// The settings that apply in `folder` itself (`config --show` of a folder).
  package func resolved(folder: String) throws(ConfigurationError) -> Resolved {
    // The folders from `folder` up to the first one already known, a root file, or the top,
    // each with its own file when it has one.
    var chain: [(folder: String, file: Result<ConfigurationLoader.Loaded, ConfigurationError>?)] = []
    var folder = folder
    var known = Result<Resolved, ConfigurationError>.success(Resolved())
    while true {
      if let cached = lock.locked({ cache[folder] }) {
        known = cached
        break
      }
      let candidate =
        folder == "." ? ".worklog.json" : (folder.hasSuffix("/") ? folder : folder + "/") + ".worklog.json"
      let file = lookUp(candidate)
      chain.append((folder, file))
      if case .success(let loaded)? = file, loaded.isRoot { break }
      let up = parent(of: folder)
      if up == folder { break }
      folder = up
    }
    // Down again, each folder's own file laid over what its parent has.
    for (folder, file) in chain.reversed() {
      known = known.flatMap { above -> Result<Resolved, ConfigurationError> in
        switch file {
        case nil: return .success(above)
        case .failure(let error)?: return .failure(error)
        case .success(let loaded)?:
          let candidate =
            folder == "." ? ".worklog.json" : (folder.hasSuffix("/") ? folder : folder + "/") + ".worklog.json"
          return .success(
            Resolved(
              settings: above.settings.laying(loaded.settings.all), nearest: candidate,
              files: above.files + loaded.files))
        }
      }
      let result = known
      lock.locked { cache[folder] = result }
    }
    return try known.get()
  }

  /// The configuration at `candidate`, an error when something is there that is not one, or
  /// nil when nothing is there.
  private func lookUp(_ candidate: String) -> Result<ConfigurationLoader.Loaded, ConfigurationError>? {
    switch fileSystem.kind(of: candidate) {
    case .file:
      do throws(ConfigurationError) {
        return .success(try loader.settings(ofFile: candidate))
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
    // Trailing slashes dropped, then all before the last one: `/` for `/x`, `.` for a bare name
    // (by bytes for an ASCII path, as `SiteLocator.split` cuts it).
    return SiteLocator.split(path).folder
  }

  /// `..` of the current folder, so the walk goes on above a relative path.
  private func absoluteParentOfCurrent() -> String {
    let cwd = System.currentDirectory().map(RawPath.string) ?? ""
    guard let slash = cwd.lastIndex(of: "/"), slash != cwd.startIndex else { return "/" }
    return String(cwd[..<slash])
  }
}
