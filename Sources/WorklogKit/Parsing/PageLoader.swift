import Dispatch

/// Reads and parses pages across cores, handing back whole sites in a deterministic order.
///
/// Paths are grouped by site (in the order discovery gave them); sites are parsed a group at a
/// time, so memory stays bounded by a group and output can stream while later sites are read.
public struct PageLoader: Sendable {
  public var fileSystem: any FileSystem
  public var parallelism: Int
  /// Reads standard input for the path `-`.
  public var standardInput: @Sendable () throws(FileSystemError) -> [UInt8]

  public init(
    fileSystem: any FileSystem, parallelism: Int,
    standardInput: @escaping @Sendable () throws(FileSystemError) -> [UInt8] = { [] }
  ) {
    self.fileSystem = fileSystem
    self.parallelism = max(1, parallelism)
    self.standardInput = standardInput
  }

  /// Parses `paths` (files, as discovery returns them) and calls `body` once per site, in order.
  public func forEachSite(_ paths: [String], _ body: (Site) -> Void) {
    forEachSite(paths, transform: { $0 }, body)
  }

  /// Parses `paths`, runs `transform` on each site across cores (linting and rendering are the
  /// expensive part of a command, so they run in parallel too), and hands the results to `body`
  /// one site at a time, in discovery order: the output is the same whatever the core count.
  public func forEachSite<T: Sendable>(
    _ paths: [String], transform: @escaping @Sendable (Site) -> T, _ body: (T) -> Void
  ) {
    forEachSite(located: paths.map { PagePath($0 == "-" ? "<stdin>" : $0) }, transform: transform, body)
  }

  /// `forEachSite` over pages already located (`SiteLocator`): grouped by their site's root.
  package func forEachSite<T: Sendable>(
    located paths: [PagePath], transform: @escaping @Sendable (Site) -> T, _ body: (T) -> Void
  ) {
    var groups: [(SiteIdentity, [PagePath])] = []
    var index: [String: Int] = [:]
    for pagePath in paths {
      if let i = index[pagePath.site.root] {
        groups[i].1.append(pagePath)
      } else {
        index[pagePath.site.root] = groups.count
        groups.append((pagePath.site, [pagePath]))
      }
    }
    let batchTarget = parallelism * 64
    var start = 0
    while start < groups.count {
      var end = start
      var files = 0
      while end < groups.count && (files == 0 || files + groups[end].1.count <= batchTarget) {
        files += groups[end].1.count
        end += 1
      }
      let batch = Array(groups[start..<end])
      let results = parallelMap(batch.flatMap(\.1)) { self.load($0) }
      var sites: [Site] = []
      var offset = 0
      for (identity, pagePaths) in batch {
        let slice = results[offset..<(offset + pagePaths.count)]
        offset += pagePaths.count
        sites.append(site(identity, slice, pagePaths))
      }
      for result in parallelMap(sites, transform) { body(result) }
      start = end
    }
  }

  /// Assembles one site from its parsed files, in three site-level parsing steps: the
  /// whole-term split is undone where the site has week pages (`WholeTerm`), each page's
  /// language is weighed against the site's (`SiteLanguage`), and each table's date order
  /// against its twin's and its neighbouring weeks' (`TwinEvidence`).
  private func site(_ identity: SiteIdentity, _ loaded: ArraySlice<Loaded>, _ paths: [PagePath]) -> Site {
    var pages = loaded.flatMap { $0.pages }
    WholeTerm.rejoin(&pages, located: Dictionary(paths.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a }))
    SiteLanguage.apply(to: &pages, root: identity.root, fileSystem: fileSystem)
    TwinEvidence.apply(to: &pages)
    return Site(identity: identity, pages: pages, errors: loaded.compactMap(\.error))
  }

  /// `transform` over `items` on up to `parallelism` cores, results in input order.
  private func parallelMap<A: Sendable, B: Sendable>(_ items: [A], _ transform: @escaping @Sendable (A) -> B) -> [B] {
    if parallelism == 1 || items.count < 2 { return items.map(transform) }
    let slots = Slots<B>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in slots.set(i, transform(items[i])) }
    return slots.values
  }

  struct Loaded: Sendable {
    var pages: [Worklog]
    var error: FileSystemError?
  }

  private func load(_ pagePath: PagePath) -> Loaded {
    let bytes: [UInt8]
    do throws(FileSystemError) {
      bytes = pagePath.path == "<stdin>" ? try standardInput() : try fileSystem.read(pagePath.path)
    } catch {
      return Loaded(pages: [], error: error)
    }
    let file = SourceFile(path: pagePath.path, bytes: bytes)
    return Loaded(pages: WorklogParser.parse(file, path: pagePath), error: nil)
  }
}

/// Slots for results written by concurrent workers, each slot by exactly one worker.
///
/// A raw buffer allocated once: workers write distinct slots, and nothing is read until
/// `concurrentPerform` has returned, so no two accesses to one slot ever overlap.
private final class Slots<T>: @unchecked Sendable {
  private let slots: UnsafeMutablePointer<T?>
  private let count: Int
  init(count: Int) {
    self.count = count
    slots = UnsafeMutablePointer.allocate(capacity: max(1, count))
    slots.initialize(repeating: nil, count: count)
  }
  deinit {
    slots.deinitialize(count: count)
    slots.deallocate()
  }
  func set(_ i: Int, _ value: T) { slots[i] = value }
  /// Every slot's value; all were set before this is read.
  var values: [T] { (0..<count).map { slots[$0]! } }
}
