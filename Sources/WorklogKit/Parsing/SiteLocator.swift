/// Finds the site a page lies in from the folders it really lies in, however its path is spelled.
///
/// `cd content/1-Worklog && worklog lint` names the pages `./1.1-Week1/_index.md`: nothing in
/// that string says where the site is. The locator asks the file system for the folder's
/// canonical path and walks up its folders to the one holding `content/`, so `.`, `./x`, `x/`,
/// `../site/content` and an absolute path give the same site. It caches what it learns per
/// folder; one locator serves one run, on one thread.
package struct SiteLocator {
  /// Where a page lies: its canonical path, the canonical site root, and the page as parsed.
  package struct Located: Sendable {
    /// The page's path with `.`, `..` and symbolic links of its folders resolved (absolute when
    /// the file system knows its current folder).
    package var canonicalPath: String
    /// The canonical path of the site's root folder: the key that tells one site from another.
    package var canonicalRoot: String
    /// The page's path as given, with its site and what its canonical path says.
    package var page: PagePath
  }

  let fileSystem: any FileSystem
  private var folders: [String: String] = [:]

  package init(fileSystem: any FileSystem) {
    self.fileSystem = fileSystem
  }

  /// The canonical path of `path`: the file system's, else `path` with `.` and `..` removed.
  package mutating func canonical(_ path: String) -> String {
    if let known = folders[path] { return known }
    let found = fileSystem.canonicalPath(path) ?? SiteLocator.normalized(path)
    folders[path] = found
    return found
  }

  /// Locates the page at `path` (as discovery spelled it).
  package mutating func locate(_ path: String) -> Located {
    let (folder, name) = SiteLocator.split(path)
    let canonicalFolder = canonical(folder)
    let canonicalPath = SiteLocator.join(canonicalFolder, name)
    let root = siteRoot(of: canonicalFolder)
    // A folder's pages differ by their names alone, when both paths are the folder's names and
    // then the page's: what the folder says is worked out for its first page and kept.
    if SiteLocator.isPlainJoin(path, folder, name), SiteLocator.isPlainJoin(canonicalPath, canonicalFolder, name) {
      let place: Place
      if let known = places[folder], known.canonicalFolder == canonicalFolder {
        place = known
      } else {
        var components = canonicalPath.pathComponents()
        components.removeLast()
        place = Place(
          canonicalFolder: canonicalFolder,
          site: SiteIdentity(
            root: SiteLocator.displayRoot(root, page: canonicalPath, spelled: path), name: SiteLocator.name(of: root)),
          folder: PagePath.Folder(components, absolute: canonicalPath.hasPrefix("/")))
        places[folder] = place
      }
      var page = PagePath(canonicalPath, fileName: name, in: place.folder)
      page.path = path
      page.site = place.site
      return Located(canonicalPath: canonicalPath, canonicalRoot: root, page: page)
    }
    var page = PagePath(canonicalPath)
    page.path = path
    page.site = SiteIdentity(
      root: SiteLocator.displayRoot(root, page: canonicalPath, spelled: path), name: SiteLocator.name(of: root))
    return Located(canonicalPath: canonicalPath, canonicalRoot: root, page: page)
  }

  /// What the pages of one folder (as spelled) share.
  private struct Place {
    var canonicalFolder: String
    /// The site as the folder's pages show it.
    var site: SiteIdentity
    var folder: PagePath.Folder
  }

  private var places: [String: Place] = [:]

  /// Whether `path` is `folder`'s names and then `name` (`folder/name`), cut the same way by
  /// `pathComponents`: `folder` not `.`, and the `/` between them next to ASCII on both sides
  /// (a mark after a `/` joins the `/`'s character).
  static func isPlainJoin(_ path: String, _ folder: String, _ name: String) -> Bool {
    var (path, folder, name) = (path, folder, name)
    return path.withUTF8 { p in
      folder.withUTF8 { f in
        name.withUTF8 { n in
          guard let last = f.last, last < 0x80, let first = n.first, first < 0x80, first != 0x2F,
            !(f.count == 1 && last == 0x2E)
          else { return false }
          // `/` joins them, but for the root folder, which ends in its own.
          let slash = last == 0x2F ? 0 : 1
          guard !(last == 0x2F && f.count > 1), p.count == f.count + slash + n.count else { return false }
          if slash == 1 && p[f.count] != 0x2F { return false }
          for i in 0..<f.count where p[i] != f[i] { return false }
          for i in 0..<n.count where p[f.count + slash + i] != n[i] { return false }
          return true
        }
      }
    }
  }

  /// The site root above a canonical folder: the nearest folder holding the `content` folder the
  /// page lies in; without one, the parent of the innermost worklog folder; else the folder.
  private mutating func siteRoot(of folder: String) -> String {
    let found = above(folder)
    return found.content ?? found.worklog ?? found.normal
  }

  /// What the folders from the top down to one say: the folder's path with its names joined
  /// by single slashes, the parent of the innermost `content` folder, and of the innermost
  /// worklog folder.
  struct Above: Equatable {
    var normal: String
    var content: String?
    var worklog: String?
  }

  private var aboveFolders: [String: Above] = [:]

  /// `Above` for `folder`: from its parent's, when the folder is its parent's path and one more
  /// name (a site's folders are met parent first, so each is worked out once); else from all of
  /// its names.
  private mutating func above(_ folder: String) -> Above {
    if let known = aboveFolders[folder] { return known }
    let found: Above
    let (parent, name) = SiteLocator.split(folder)
    if SiteLocator.isPlainJoin(folder, parent, name) {
      let up = above(parent)
      let normal = up.normal == "/" ? "/" + name : up.normal + "/" + name
      found = Above(
        normal: normal,
        content: PagePath.namesContent(name) && fileSystem.kind(of: normal) == .directory ? up.normal : up.content,
        worklog: PagePath.namesWorklog(name) ? up.normal : up.worklog)
    } else {
      found = SiteLocator.above(byNames: folder, fileSystem: fileSystem)
    }
    aboveFolders[folder] = found
    return found
  }

  /// `Above` for `folder` from all of its names at once.
  static func above(byNames folder: String, fileSystem: any FileSystem) -> Above {
    let absolute = folder.hasPrefix("/")
    let parts = folder.pathComponents()
    func path(_ count: Int) -> String {
      let joined = parts.prefix(count).joinedPath()
      return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
    var content: String?
    for i in parts.indices.reversed()
    where PagePath.namesContent(parts[i]) && fileSystem.kind(of: path(i + 1)) == .directory {
      content = path(i)
      break
    }
    return Above(
      normal: path(parts.count), content: content, worklog: parts.lastIndex(where: PagePath.namesWorklog).map(path))
  }

  /// The root as the user would write it: the start of the path they gave when the path runs
  /// through the root by name (`worklogs/content/…` → `worklogs`), else the canonical root.
  static func displayRoot(_ root: String, page canonicalPage: String, spelled path: String) -> String {
    if let fast = asciiDisplayRoot(root, canonicalPage, path) { return fast }
    return displayRootByNames(root, page: canonicalPage, spelled: path)
  }

  /// `displayRoot` by `pathComponents` and `Substring` equality: the reference the byte reading
  /// is tested against, and the reading of any path with a byte outside ASCII.
  static func displayRootByNames(_ root: String, page canonicalPage: String, spelled path: String) -> String {
    let depth = root == "." ? 0 : root.pathComponents().count
    let below = canonicalPage.pathComponents().dropFirst(depth)
    let parts = path.pathComponents()
    // The names below the root must be spelled out at the end of the path, none a `.` or `..`.
    guard parts.count >= below.count, parts.suffix(below.count).elementsEqual(below) else { return root }
    let head = parts.dropLast(below.count).joinedPath()
    if path.hasPrefix("/") { return "/" + head }
    return head.isEmpty ? "." : head
  }

  /// `displayRoot` of three ASCII paths, by their bytes: an ASCII name equals another exactly
  /// when their bytes do, and `pathComponents` cuts ASCII at every slash. The page's names below
  /// the root are matched from the end against the spelled path's, without cutting either into
  /// an array; nil when a path holds a byte outside ASCII.
  private static func asciiDisplayRoot(_ root: String, _ page: String, _ path: String) -> String? {
    var (rootBytes, pageBytes, pathBytes) = (root, page, path)
    return rootBytes.withUTF8 { r in
      pageBytes.withUTF8 { p in
        pathBytes.withUTF8 { s -> String? in
          guard !r.contains(where: { $0 >= 0x80 }), !p.contains(where: { $0 >= 0x80 }),
            !s.contains(where: { $0 >= 0x80 }), let rootNames = String.nameCount(r),
            let pageNames = String.nameCount(p)
          else { return nil }
          let depth = r.count == 1 && r[0] == 0x2E ? 0 : rootNames
          var below = max(0, pageNames - depth)
          // The names below the root, last first, against the spelled path's.
          var pe = p.count
          var se = s.count
          while below > 0 {
            guard let pn = String.lastName(p, before: pe), let sn = String.lastName(s, before: se) else { return root }
            guard pn.count == sn.count, (0..<pn.count).allSatisfy({ p[pn.lowerBound + $0] == s[sn.lowerBound + $0] })
            else {
              return root
            }
            pe = pn.lowerBound
            se = sn.lowerBound
            below -= 1
          }
          // The names before them, joined by single slashes.
          var head: [UInt8] = []
          head.reserveCapacity(se + 1)
          if s.first == 0x2F { head.append(0x2F) }
          var start = 0
          for i in 0...se where i == se || s[i] == 0x2F {
            if start < i {
              if head.count > (s.first == 0x2F ? 1 : 0) { head.append(0x2F) }
              head.append(contentsOf: UnsafeBufferPointer(rebasing: s[start..<i]))
            }
            start = i + 1
          }
          if head.isEmpty { return "." }
          return String(decoding: head, as: UTF8.self)
        }
      }
    }
  }

  /// The root folder's name: its last component.
  static func name(of root: String) -> String {
    root.lastPathComponent().map(String.init).flatMap { $0 == "." ? nil : $0 } ?? "(current folder)"
  }

  /// A path's folder and file name (`.` for a bare name).
  static func split(_ path: String) -> (folder: String, name: String) {
    if let fast = asciiSplit(path) { return fast }
    var p = Substring(path)
    // `count > 1` without counting every character.
    while !p.isEmpty && p.index(after: p.startIndex) != p.endIndex && p.hasSuffix("/") { p = p.dropLast() }
    guard let slash = p.lastIndex(of: "/") else { return (".", String(p)) }
    let folder = slash == p.startIndex ? "/" : String(p[..<slash])
    return (folder, String(p[p.index(after: slash)...]))
  }

  /// `split` by bytes for an ASCII path, where every byte is a character but for CR LF (never a
  /// slash); nil for any other path.
  private static func asciiSplit(_ path: String) -> (folder: String, name: String)? {
    let found = path.utf8.withContiguousStorageIfAvailable { b -> (folder: String, name: String)? in
      guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
      var end = b.count
      while end > 1 && b[end - 1] == 0x2F { end -= 1 }
      var slash = end - 1
      while slash >= 0 && b[slash] != 0x2F { slash -= 1 }
      let name = String(decoding: UnsafeBufferPointer(rebasing: b[(slash + 1)..<end]), as: UTF8.self)
      guard slash >= 0 else { return (".", name) }
      let folder = slash == 0 ? "/" : String(decoding: UnsafeBufferPointer(rebasing: b[0..<slash]), as: UTF8.self)
      return (folder, name)
    }
    return found.flatMap { $0 }
  }

  static func join(_ folder: String, _ name: String) -> String {
    if folder == "." { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// `path` with `.` components and `name/..` pairs removed, by the text alone.
  package static func normalized(_ path: String) -> String {
    var out: [Substring] = []
    for part in path.pathComponents() {
      if part == "." { continue }
      if part == "..", let last = out.last, last != ".." {
        out.removeLast()
        continue
      }
      if part == ".." && path.hasPrefix("/") { continue }
      out.append(part)
    }
    let joined = out.joinedPath()
    if path.hasPrefix("/") { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }
}
