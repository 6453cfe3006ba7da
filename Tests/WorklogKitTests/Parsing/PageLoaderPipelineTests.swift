import Testing

@testable import WorklogKit

#if canImport(Glibc)
  import Glibc
#endif

/// `PageLoader` runs one task per site: results in discovery order whatever the core count, a
/// slow site holding back none of the others' work, at most `window` sites ahead of the
/// caller, each site's read errors with it.
@Suite struct PageLoaderPipelineTests {
  /// `sites` sites of `weeks` week pages each (every third site with a Vietnamese twin), and
  /// their paths in a discovery order that is not sorted: the sites interleaved, last first.
  private func cohort(sites: Int, weeks: Int) -> (files: [String: String], paths: [String]) {
    var files: [String: String] = [:]
    var paths: [String] = []
    for w in 1...weeks {
      for s in (0..<sites).reversed() {
        let folder = "site\(s)/content/1-Worklog/1.\(w)-Week\(w)"
        files[folder + "/_index.md"] = "### Week \(w) Objectives\n- item \(s).\(w)\n"
        paths.append(folder + "/_index.md")
        if s % 3 == 0 {
          files[folder + "/_index.vi.md"] = "### Mục tiêu tuần \(w)\n- mục \(s).\(w)\n"
          paths.append(folder + "/_index.vi.md")
        }
      }
    }
    return (files, paths)
  }

  /// Each site as the caller gets it: its root, its pages' paths and objectives, its errors.
  private func run(_ files: [String: String], _ paths: [String], parallelism: Int) -> [String] {
    var out: [String] = []
    var loader = PageLoader(fileSystem: MemoryFileSystem(files), parallelism: parallelism)
    loader.parallelFrom = 0  // the workers run on however few pages
    loader.forEachSite(
      paths,
      transform: { site in
        site.identity.root + " " + site.pages.map { "\($0.path)=\($0.objectives.map(\.text))" }.joined(separator: ",")
          + " errors: " + site.errors.map(\.path).joined(separator: ",")
      }
    ) { out.append($0) }
    return out
  }

  @Test func sitesComeInDiscoveryOrderOnOneAndFourCores() {
    let (files, paths) = cohort(sites: 40, weeks: 5)
    let serial = run(files, paths, parallelism: 1)
    #expect(serial.map { String($0.prefix { $0 != " " }) } == (0..<40).reversed().map { "site\($0)" })
    #expect(run(files, paths, parallelism: 4) == serial)
    #expect(run(files, paths, parallelism: 2) == serial)
  }

  @Test func readErrorsStayWithTheirSite() {
    var (files, paths) = cohort(sites: 12, weeks: 3)
    // A page of every fourth site cannot be read.
    for s in stride(from: 0, to: 12, by: 4) { files["site\(s)/content/1-Worklog/1.2-Week2/_index.md"] = nil }
    let serial = run(files, paths, parallelism: 1)
    #expect(serial.filter { $0.hasSuffix("errors: ") }.count == 9)
    let site8 = serial.first { $0.hasPrefix("site8 ") } ?? ""
    #expect(site8.hasSuffix("errors: site8/content/1-Worklog/1.2-Week2/_index.md"))
    #expect(run(files, paths, parallelism: 4) == serial)
  }

  @Test func aSlowSiteDoesNotReorderTheOutput() {
    let (files, paths) = cohort(sites: 20, weeks: 2)
    let probe = PipelineProbe()
    let waited = Slots<Bool>(count: 1)
    var roots: [String] = []
    var loader = PageLoader(fileSystem: MemoryFileSystem(files), parallelism: 4)
    loader.parallelFrom = 0
    loader.forEachSite(
      paths,
      transform: { site in
        // The first site is slow: three later sites are done before it.
        if site.identity.root == "site19" { waited.set(0, probe.waitUntilFinished(3)) }
        probe.finish(Int(site.identity.root.dropFirst(4)) ?? -1)
        return site.identity.root
      }
    ) { roots.append($0) }
    #expect(roots == (0..<20).reversed().map { "site\($0)" })
    if waited.take(0) == true { #expect(probe.finishOrder.first != 19) }
  }

  @Test func atMostAWindowOfSitesIsAheadOfTheCaller() {
    let (files, paths) = cohort(sites: 60, weeks: 2)
    let probe = PipelineProbe()
    var loader = PageLoader(fileSystem: MemoryFileSystem(files), parallelism: 4)
    loader.window = 5
    loader.parallelFrom = 0
    var count = 0
    loader.forEachSite(
      paths,
      transform: { site in
        probe.start()
        return site.identity.root
      }
    ) { _ in
      if count % 10 == 0 { PipelineProbe.pause(milliseconds: 20) }
      count += 1
      probe.deliver()
    }
    #expect(count == 60)
    #expect(probe.maximumAhead <= 5)
  }

  @Test func oneLargeSiteGivesTheSameSiteOnEveryCoreCount() {
    let (files, paths) = cohort(sites: 1, weeks: 60)
    let serial = run(files, paths, parallelism: 1)
    #expect(serial.count == 1)
    #expect(run(files, paths, parallelism: 4) == serial)
  }

  /// The thread each site's transform ran on, by whether it was the caller's.
  private func ranOnCaller(pages: Int, parallelism: Int) -> [Bool] {
    let (files, paths) = cohort(sites: 2, weeks: pages / 2)
    let caller = pthread_self()
    var onCaller: [Bool] = []
    PageLoader(fileSystem: MemoryFileSystem(files), parallelism: parallelism).forEachSite(
      Array(paths.prefix(pages)), transform: { _ in pthread_equal(pthread_self(), caller) != 0 }
    ) { onCaller.append($0) }
    return onCaller
  }

  /// Below `parallelFromPages` pages no worker is started: every site is read, parsed and
  /// transformed on the caller's thread, however many cores there are; from it, on workers.
  @Test func fewPagesAreReadOnTheCallersThread() {
    let few = PageLoader.parallelFromPages - 1
    #expect(ranOnCaller(pages: few, parallelism: 4) == [true, true])
    #expect(ranOnCaller(pages: few + 1, parallelism: 4) == [false, false])
    #expect(ranOnCaller(pages: few + 1, parallelism: 1) == [true, true])
    let loader = PageLoader(fileSystem: MemoryFileSystem([:]), parallelism: 3)
    #expect(loader.workers(forPages: few) == 1)
    #expect(loader.workers(forPages: few + 1) == 3)
    #expect(loader.workers(forPages: 0) == 1)
  }
}
