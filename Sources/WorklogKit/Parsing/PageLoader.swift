/// Reads and parses pages across cores, handing back whole sites in a deterministic order.
///
/// Paths are grouped by site (in the order discovery gave them). Each site is one task of an
/// `OrderedPipeline`: read and parse its pages, assemble the site, then the caller's
/// `transform` (lint and render); tasks run on `parallelism` workers and the results reach
/// `body` in discovery order as soon as the next one is ready, so output streams, is the same
/// whatever the core count, and memory is bounded by `window` sites.
public struct PageLoader: Sendable {
  public var fileSystem: any FileSystem
  public var parallelism: Int
  /// Reads standard input for the path `-`.
  public var standardInput: @Sendable () throws(FileSystemError) -> [UInt8]
  /// How many sites may be in flight or done and waiting to be handed to `body`, at most.
  package var window: Int
  /// The fewest pages read across cores: fewer are read on the caller's thread alone
  /// (`workers(forPages:)`). Tests lower it to run the pipeline on a few pages.
  package var parallelFrom = PageLoader.parallelFromPages

  /// Below this many pages, starting worker threads and handing pages between cores costs more
  /// than the second core gives back. Measured on this project's 2-core machine (interleaved,
  /// `lint --format json`): a page in its 18-page site and a 36-page input ran as fast or faster
  /// on one thread and took about a sixth less CPU; from about 60 pages two workers win.
  package static let parallelFromPages = 48

  public init(
    fileSystem: any FileSystem, parallelism: Int,
    standardInput: @escaping @Sendable () throws(FileSystemError) -> [UInt8] = { [] }
  ) {
    self.fileSystem = fileSystem
    self.parallelism = max(1, parallelism)
    self.standardInput = standardInput
    window = self.parallelism * 4
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
    let sites = groups
    OrderedPipeline.run(
      count: sites.count, workers: workers(forPages: paths.count), window: window,
      task: { i, loop in transform(self.site(sites[i].0, sites[i].1, loop)) }, body)
  }

  /// The workers for an input of `pages` pages: `parallelism`, or 1 (the caller's thread, no
  /// worker started) below `parallelFrom` pages.
  package func workers(forPages pages: Int) -> Int { pages < parallelFrom ? 1 : parallelism }

  /// Reads and parses the pages of one site (`loop` shares them with idle workers), then
  /// assembles the site in three site-level parsing steps: the whole-term split is undone where
  /// the site has week pages (`WholeTerm`), each page's language is weighed against the site's
  /// (`SiteLanguage`), and each table's date order against its twin's and its neighbouring
  /// weeks' (`TwinEvidence`).
  private func site(_ identity: SiteIdentity, _ paths: [PagePath], _ loop: SharedLoop.Runner)
    -> Site
  {
    let slots = Slots<Loaded>(count: paths.count)
    loop(paths.count) { i in slots.set(i, self.load(paths[i])) }
    // `loop` returned: every slot was written, and the writes are ordered before these reads.
    let loaded = (0..<paths.count).compactMap { slots.take($0) }
    var pages = loaded.flatMap { $0.pages }
    WholeTerm.rejoin(&pages, located: Dictionary(paths.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a }))
    SiteLanguage.apply(to: &pages, root: identity.root, fileSystem: fileSystem)
    TwinEvidence.apply(to: &pages)
    return Site(identity: identity, pages: pages, errors: loaded.compactMap(\.error))
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
