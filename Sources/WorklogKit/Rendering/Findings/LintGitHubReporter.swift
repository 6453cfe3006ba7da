/// `lint --format github`: a workflow command per finding, then a notice when GitHub would
/// leave some out.
///
/// GitHub matches an annotation's `file=` to the pull request's diff by the path relative to
/// the repository's root, the folder a workflow step runs in: so each path is written relative
/// to the working directory, without `./` (`content/1-Worklog/…`, never `./content/…` nor
/// `/home/runner/work/…`). Every property and the message are escaped by
/// `DiagnosticGitHub` (GitHub's rules: `%`, CR and LF, and in properties `:` and `,`), so no
/// text from a page can end the command or start another one.
public struct LintGitHubReporter: LintReporter {
  /// The folder paths are made relative to (absolute, as `canonicalPath(".")` gives it), or nil
  /// when unknown: paths are then only tidied (`./a/../b` is `b`).
  public var workingDirectory: String?
  /// The real path of a file, for an absolute path spelled through a symbolic link.
  private let canonical: @Sendable (String) -> String?

  /// A reporter naming paths from `workingDirectory`; `canonicalPath` gives a file's real path
  /// (none by default).
  public init(workingDirectory: String? = nil, canonicalPath: @escaping @Sendable (String) -> String? = { _ in nil }) {
    self.workingDirectory = workingDirectory
    self.canonical = canonicalPath
  }

  /// The reporter for runs on `fileSystem`: relative to the folder the run is in.
  public init(fileSystem: any FileSystem) {
    self.init(workingDirectory: fileSystem.canonicalPath("."), canonicalPath: { fileSystem.canonicalPath($0) })
  }

  public var statisticsFollowReport: Bool { false }

  public func begin() -> String { "" }

  public func render(_ site: FindingsSite) -> String {
    site.findings.map { finding in
      var finding = finding
      finding.path = displayPath(finding.path)
      return DiagnosticGitHub.annotation(finding)
    }.joined(by: "")
  }

  public func write(_ rendered: String) -> String { rendered }

  public func end(_ ending: LintOutcome) -> String { DiagnosticGitHub.summary(ending.findings) }

  /// `path` as the annotation names it: relative to the working directory, no `./`, no `..`
  /// that can be resolved; a path outside the working directory climbs to it with `../`.
  public func displayPath(_ path: String) -> String {
    guard path != "<stdin>" else { return path }
    guard let cwd = workingDirectory.map(Self.tidy), cwd.hasPrefix("/") else { return Self.tidy(path) }
    let absolute = Self.tidy(path.hasPrefix("/") ? path : cwd + "/" + path)
    if !Self.isInside(absolute, cwd), let real = canonical(absolute).map(Self.tidy), Self.isInside(real, cwd) {
      return Self.relative(real, to: cwd)
    }
    return Self.relative(absolute, to: cwd)
  }

  /// `path` with `.` parts, empty parts and resolvable `..` parts removed.
  static func tidy(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.pathComponents() {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
        continue
      }
      if part == ".." && path.hasPrefix("/") { continue }
      parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    if path.hasPrefix("/") { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }

  /// Whether the absolute `path` is `folder` or lies below it.
  static func isInside(_ path: String, _ folder: String) -> Bool {
    folder == "/" || path == folder || path.hasPrefix(folder + "/")
  }

  /// The absolute, tidy `path` from the absolute, tidy `folder`.
  static func relative(_ path: String, to folder: String) -> String {
    let from = folder.pathComponents()
    let to = path.pathComponents()
    var common = 0
    while common < from.count && common < to.count && from[common] == to[common] { common += 1 }
    let parts = Array(repeating: Substring(".."), count: from.count - common) + to[common...]
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }
}
