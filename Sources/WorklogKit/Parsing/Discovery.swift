/// Finds the worklog pages below the paths a user names.
///
/// A named file is always taken. In a folder, a Markdown file is taken when a folder on its path
/// names a worklog section (`1-Worklog`, `worklog`) or its own name names a week (`week-8.en.md`).
/// Hidden folders and build output (`public`, `resources`, `themes`, `node_modules`) are skipped;
/// a folder reached twice through symbolic links is read once.
public struct Discovery: Sendable {
  /// What discovery found: pages in a stable order, and the paths it could not read.
  public struct Result: Sendable {
    public var pages: [String]
    public var errors: [FileSystemError]
    /// Folders that held no worklog page at all.
    public var emptyFolders: [String]
    /// Paths passed over without failing the run: symbolic links that loop back to a folder
    /// above them, with why.
    public var skipped: [FileSystemError] = []
  }

  let fileSystem: any FileSystem
  static let skippedFolders: Set<String> = [
    "public", "resources", "themes", "node_modules", "static", "assets", "layouts",
  ]

  public init(fileSystem: any FileSystem) {
    self.fileSystem = fileSystem
  }

  public func find(_ paths: [String]) -> Result {
    var result = Result(pages: [], errors: [], emptyFolders: [])
    var seen = Set<String>()
    for path in paths {
      switch fileSystem.kind(of: path) {
      case .file:
        if seen.insert(path).inserted { result.pages.append(path) }
      case .directory:
        let before = result.pages.count
        walk(path, rootDepth: 0, seen: &seen, into: &result)
        if result.pages.count == before { result.emptyFolders.append(path) }
      case .missing:
        result.errors.append(FileSystemError(path: path, reason: reason(path)))
      case .other:
        result.errors.append(FileSystemError(path: path, reason: "not a regular file or folder"))
      }
    }
    return result
  }

  private func walk(_ dir: String, rootDepth: Int, seen: inout Set<String>, into result: inout Result) {
    // A folder holding `content/` is a site, whatever its name (`worklogs/` with a README).
    // The folder's real path, so `.` inside `content/1-Worklog` is in the section too.
    let rootInSection =
      Discovery.isInWorklogSection(fileSystem.canonicalPath(dir) ?? dir)
      && fileSystem.kind(of: Discovery.child(dir, "content")) != .directory
    // An explicit stack: no recursion that a deep tree could overflow.
    var stack = [Folder(path: dir, namesWorklog: false, namesContent: false, plain: ByteText.isASCII(dir))]
    var firstPath: [String: String] = [:]  // identity → the path it was first read at
    // Links are followed only while their target stays inside the folder given: a page that is a
    // link to `/proc/self/environ` or a folder link to `/` is named and passed over.
    let rootReal = fileSystem.canonicalPath(dir)
    while let folder = stack.popLast() {
      let current = folder.path
      if let id = fileSystem.identity(of: current) {
        if let first = firstPath[id] {
          // Below the folder it leads to: a loop, worth a word. Elsewhere: a second way in, read once.
          if current.hasPrefix(first.hasSuffix("/") ? first : first + "/") {
            result.skipped.append(
              FileSystemError(path: current, reason: "symbolic link loop back to \(first); not followed"))
          }
          continue
        }
        firstPath[id] = current
      }
      let entries: [ListedName]
      do {
        entries = try fileSystem.listing(of: current)
      } catch {
        result.errors.append(error)
        continue
      }
      var subfolders: [Folder] = []
      for entry in entries.sorted(by: { NaturalOrder.precedes($0.name, $1.name) }) where !entry.name.hasPrefix(".") {
        let name = entry.name
        let child = Discovery.child(current, name)
        let kind: FileKind
        // A plain file or folder, as the listing says: neither a link nor anything else to ask.
        switch entry.kind {
        case .file?: kind = .file
        case .directory?: kind = .directory
        default:
          if let rootReal, fileSystem.isSymbolicLink(child), let target = fileSystem.canonicalPath(child),
            !Discovery.isInside(target, rootReal)
          {
            result.skipped.append(
              FileSystemError(path: child, reason: "symbolic link to \(target), outside \(dir); not followed"))
            continue
          }
          kind = fileSystem.kind(of: child)
        }
        switch kind {
        case .directory:
          if !Discovery.skippedFolders.contains(name.lowercased()) { subfolders.append(folder.child(child, name)) }
        case .file:
          if isWorklogPage(child, named: name, in: folder, below: dir, rootInSection: rootInSection),
            seen.insert(child).inserted
          {
            result.pages.append(child)
          }
        case .missing:
          // Listed but not reachable: a broken symbolic link, or one that points at itself. Only
          // a page's loss fails the run; a broken link to an image is none of the tool's business.
          // A link that loops is always named: it may stand for a folder of pages.
          let why = reason(child)
          if isWorklogPage(child, below: dir, rootInSection: rootInSection)
            || why == "too many levels of symbolic links"
          {
            result.errors.append(FileSystemError(path: child, reason: why))
          }
        case .other:
          // A FIFO, socket or device: named, never opened (opening a FIFO waits for a writer).
          result.skipped.append(FileSystemError(path: child, reason: "not a regular file or folder; not read"))
        }
      }
      stack.append(contentsOf: subfolders.reversed())
    }
  }

  /// A folder met in a walk, with what the folders from the walk's root down to it (the root not
  /// counted) say: what `isWorklogPage` would otherwise find again for every file by cutting the
  /// file's path into names.
  struct Folder {
    var path: String
    /// Whether one of the folders below the root names a worklog section.
    var namesWorklog: Bool
    /// Whether one of them is `content`.
    var namesContent: Bool
    /// Whether the root's path and every name below it are ASCII, so the names are the path's
    /// components as `pathComponents` cuts them (a mark after a `/` joins the `/`'s character).
    var plain: Bool

    /// The folder `name` inside this one, at `path`.
    func child(_ path: String, _ name: String) -> Folder {
      Folder(
        path: path, namesWorklog: namesWorklog || PagePath.namesWorklog(name),
        namesContent: namesContent || PagePath.namesContent(name), plain: plain && ByteText.isASCII(name))
    }
  }

  /// `isWorklogPage(path, below:rootInSection:)` for the file `name` in `folder`, from what the
  /// walk knows of its folders when they are plain names.
  private func isWorklogPage(
    _ path: String, named name: String, in folder: Folder, below root: String, rootInSection: Bool
  ) -> Bool {
    guard folder.plain, ByteText.isASCII(name) else {
      return isWorklogPage(path, below: root, rootInSection: rootInSection)
    }
    guard Discovery.hasMarkdownExtension(name) else { return false }
    if folder.namesWorklog { return true }
    if rootInSection && !folder.namesContent { return true }
    return NameCase.contains(name, "week") || NameCase.contains(name, "tuan")
  }

  /// Whether the resolved path `path` is `folder` or lies below it.
  static func isInside(_ path: String, _ folder: String) -> Bool {
    path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
  }

  /// The path of `name` inside `folder`.
  static func child(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// Whether a folder a user named lies in a worklog section: a folder from the site's `content`
  /// down to it names one, or it names a week itself. Without `content` in the path only its own
  /// name counts, so a repository called `worklog-site` does not make every page a worklog page.
  static func isInWorklogSection(_ folder: String) -> Bool {
    let parts = folder.pathComponents().map(String.init)
    guard let last = parts.last else { return false }
    let below = parts.lastIndex(where: PagePath.namesContent).map { Array(parts[($0 + 1)...]) } ?? [last]
    return below.contains(where: PagePath.namesWorklog)
      || PagePath.weekNumber(inName: last, allowBareNumber: false) != nil
  }

  /// Why `path` cannot be reached, in the system's words (`permission denied`, `too many levels
  /// of symbolic links`), rather than always `no such file or directory`.
  private func reason(_ path: String) -> String {
    do {
      _ = try fileSystem.read(path)
    } catch {
      return error.reason
    }
    return "no such file or directory"
  }

  /// Whether `path` ends in `.md` or `.markdown`, in any case: `lowercased()` and `hasSuffix`,
  /// by bytes for an ASCII path (where characters are bytes but for CR LF, in neither suffix).
  static func hasMarkdownExtension(_ path: String) -> Bool {
    let ascii = path.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return endsFolded(bytes, ".md") || endsFolded(bytes, ".markdown")
    }
    if case .some(.some(let ascii)) = ascii { return ascii }
    let lower = path.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
  }

  /// Whether ASCII `bytes`, letters lower-cased, end with the lower-case ASCII `suffix`.
  private static func endsFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
    suffix.withUTF8Buffer { s in
      guard s.count <= bytes.count else { return false }
      let start = bytes.count - s.count
      for k in 0..<s.count where ByteText.lowerASCII(bytes[start + k]) != s[k] { return false }
      return true
    }
  }

  /// Whether a Markdown file found in a folder walk is a worklog page.
  func isWorklogPage(_ path: String, below root: String, rootInSection: Bool? = nil) -> Bool {
    guard Discovery.hasMarkdownExtension(path) else { return false }
    let relative = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    var components = relative.pathComponents()
    let name = components.popLast() ?? ""
    if components.contains(where: PagePath.namesWorklog) { return true }
    // The root folder itself may be in the worklog section (`worklog content/1-Worklog`, or one
    // week's folder `content/1-Worklog/1.8-Week8`).
    if rootInSection ?? Discovery.isInWorklogSection(root),
      !components.contains(where: PagePath.namesContent)
    {
      return true
    }
    let base = name.lowercased()
    return base.contains("week") || base.contains("tuan")
  }
}
