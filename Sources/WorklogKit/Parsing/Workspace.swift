import Dispatch

/// The pages a run reads and the ones it reports on, from the paths a user named.
///
/// A path inside a site (one page, as a pre-commit hook passes it, or a folder below the site's
/// root) is read with the whole site around it, so the site rules compare it with its siblings,
/// but only the pages the path names are reported on. A path at or above a site's root reports
/// on the whole site, as discovery finds it.
package struct Workspace: Sendable {
  /// Every page to read, located, each site's pages together, sites in the order they were named.
  package var pages: [PagePath]
  /// For a site read partly for context, the paths of the pages to report on, by the site's
  /// root as `SiteIdentity.root` gives it; a site not listed is reported on whole.
  package var shown: [String: Set<String>]
  /// What discovery found wrong with the paths named (not with the context around them).
  package var discovery: Discovery.Result

  /// Whether findings on `path`, in the site whose root is `root`, are reported.
  package func shows(_ path: String, inSite root: String) -> Bool {
    shown[root]?.contains(path) ?? true
  }

  /// The pages below `paths` (files or folders; `-` is left to the caller), with each partly
  /// named site's other pages added for context. Up to `parallelism` threads locate the pages
  /// (`locate`).
  package static func resolve(_ paths: [String], fileSystem: any FileSystem, parallelism: Int = 1) -> Workspace {
    let discovery = Discovery(fileSystem: fileSystem)
    let found = discovery.find(paths)
    var locator = SiteLocator(fileSystem: fileSystem)
    // Canonical roots of the named folders: a site below one of them is named whole.
    let namedFolders = paths.filter { fileSystem.kind(of: $0) == .directory }.map { locator.canonical($0) }
    var order: [String] = []
    var groups: [String: [SiteLocator.Located]] = [:]
    var seen = Set<String>()
    for located in locate(found.pages, fileSystem: fileSystem, parallelism: parallelism)
    where seen.insert(located.canonicalPath).inserted {
      if groups[located.canonicalRoot] == nil { order.append(located.canonicalRoot) }
      groups[located.canonicalRoot, default: []].append(located)
    }
    var pages: [PagePath] = []
    var shown: [String: Set<String>] = [:]
    for root in order {
      guard var group = groups[root], let identity = group.first?.page.site else { continue }
      // One spelling of the root for the whole site, the first one met.
      for i in group.indices { group[i].page.site = identity }
      if namedFolders.contains(where: { Workspace.contains($0, root) }) {
        pages += group.map(\.page)
        continue
      }
      let whole = context(for: group, root: identity, canonicalRoot: root, discovery: discovery, locator: &locator)
      // A folder inside the site that holds all of it (`content/`) names the site whole.
      if whole.count == group.count {
        pages += group.map(\.page)
        continue
      }
      shown[identity.root] = Set(group.map(\.page.path))
      pages += whole
    }
    return Workspace(pages: pages, shown: shown, discovery: found)
  }

  /// The fewest pages a run of `locate` takes: below that, a thread costs more than it saves.
  static let pagesPerRun = 256

  /// Where each of `pages` lies (`SiteLocator.locate`), in order; the work of the main thread
  /// before any page is read, so it is split into up to `parallelism` runs of consecutive pages
  /// that run at once, each with a locator of its own. A locator's folder facts only save work:
  /// a run's first page is located as by a fresh locator, so any split gives the same answers
  /// (`SiteLocatorTests`, `WorkspaceTests`).
  static func locate(_ pages: [String], fileSystem: any FileSystem, parallelism: Int) -> [SiteLocator.Located] {
    let runs = min(max(1, parallelism), pages.count / pagesPerRun)
    guard runs > 1 else {
      var locator = SiteLocator(fileSystem: fileSystem)
      return pages.map { locator.locate($0) }
    }
    let located = Slots<[SiteLocator.Located]>(count: runs)
    // Each run writes its own slot; `concurrentPerform` returns when every run is done.
    DispatchQueue.concurrentPerform(iterations: runs) { run in
      var locator = SiteLocator(fileSystem: fileSystem)
      let part = pages[(pages.count * run / runs)..<(pages.count * (run + 1) / runs)]
      located.set(run, part.map { locator.locate($0) })
    }
    return (0..<runs).flatMap { located.take($0) ?? [] }
  }

  /// The whole site around `named`, in the order discovery finds it from the root, each named
  /// page spelled as it was named; named pages discovery would not take come last.
  private static func context(
    for named: [SiteLocator.Located], root: SiteIdentity, canonicalRoot: String, discovery: Discovery,
    locator: inout SiteLocator
  ) -> [PagePath] {
    var byCanonical: [String: PagePath] = [:]
    for located in named { byCanonical[located.canonicalPath] = located.page }
    var out: [PagePath] = []
    var used = Set<String>()
    for path in discovery.find([root.root]).pages {
      var located = locator.locate(path)
      // A site nested below this one's root is not this site.
      guard located.canonicalRoot == canonicalRoot, used.insert(located.canonicalPath).inserted else { continue }
      located.page.site = root
      out.append(byCanonical[located.canonicalPath] ?? located.page)
    }
    for located in named where !used.contains(located.canonicalPath) { out.append(located.page) }
    return out
  }

  /// Whether canonical folder `folder` is `path` or a folder above it.
  static func contains(_ folder: String, _ path: String) -> Bool {
    if folder == path || folder == "/" || folder == "." && !path.hasPrefix("/") && !path.hasPrefix("..") { return true }
    return path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
  }
}
