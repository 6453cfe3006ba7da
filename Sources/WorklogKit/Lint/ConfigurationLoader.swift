/// Reads configuration files and the files they extend, each file once per run.
///
/// `extends` names a file relative to the one that names it; its settings come first and the
/// file's own are laid over them, key by key. A file that extends itself, directly or through
/// others, is refused with the cycle spelt out.
final class ConfigurationLoader: @unchecked Sendable {
  /// What one file gives with everything it extends.
  struct Loaded: Sendable {
    var settings: ConfigurationSettings
    /// Whether the file says `"root": true`.
    var isRoot: Bool
    /// The file and those it extends, in the order laid.
    var files: [String]
  }

  private let fileSystem: any FileSystem
  private var cache: [String: Result<Loaded, ConfigurationError>] = [:]
  private let lock = Mutex()

  init(fileSystem: any FileSystem) {
    self.fileSystem = fileSystem
  }

  /// The settings of the file at `path` over those of the files it extends. `chain` lists the
  /// files whose `extends` led here, to refuse a cycle.
  func settings(ofFile path: String, chain: [(path: String, source: SourceFile, offset: Int)] = [])
    throws(ConfigurationError) -> Loaded
  {
    if let index = chain.firstIndex(where: { $0.path == path }) {
      let cycle = (chain[index...].map(\.path) + [path]).joined(separator: " → ")
      let last = chain[chain.count - 1]
      throw ConfigurationError(last.source, at: last.offset, "'extends' makes a cycle: \(cycle)")
    }
    if let cached = lock.locked({ cache[path] }) { return try cached.get() }
    let result: Result<Loaded, ConfigurationError>
    do throws(ConfigurationError) {
      result = .success(try load(path, chain: chain))
    } catch {
      result = .failure(error)
    }
    // A result found through a chain holds for the file alone too: a cycle through it is one.
    lock.locked { cache[path] = result }
    return try result.get()
  }

  private func load(_ path: String, chain: [(path: String, source: SourceFile, offset: Int)])
    throws(ConfigurationError) -> Loaded
  {
    let bytes: [UInt8]
    do {
      bytes = try fileSystem.read(path)
    } catch {
      let reason =
        error.reason == LocalFileSystem.tooLargeReason(for: "page")
        ? LocalFileSystem.tooLargeReason(for: "configuration") : error.reason
      if let last = chain.last {
        throw ConfigurationError(last.source, at: last.offset, "'extends' names \(path): \(reason)")
      }
      throw ConfigurationError(path: path, message: reason)
    }
    let source = SourceFile(path: path, bytes: bytes)
    let checked = try ConfigurationCheck.check(source)
    var base = ConfigurationSettings()
    var files: [String] = []
    if let extends = checked.extends {
      let target = ConfigurationLoader.join(ConfigurationLoader.folder(of: path), extends.path)
      let extended = try settings(ofFile: target, chain: chain + [(path, source, extends.offset)])
      base = extended.settings
      files = extended.files
    }
    return Loaded(settings: base.laying(checked.settings), isRoot: checked.isRoot, files: files + [path])
  }

  /// The folder `path` is in (`.` for a bare name).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `relative` read from `folder`, with `.` and `..` resolved where they can be.
  static func join(_ folder: String, _ relative: String) -> String {
    SiteLocator.normalized(relative.hasPrefix("/") || folder == "." ? relative : folder + "/" + relative)
  }
}
