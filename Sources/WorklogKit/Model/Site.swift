/// The pages of one Hugo site: its week pages grouped by week and language, and its overviews.
///
/// Built once: every view of the pages (all of them, the weeks, a week's pages, a page's twin,
/// each page's language for pairing) is kept or indexed here, so a site of many thousand pages
/// is not concatenated or searched again on each access. Rules, summaries and reports all place
/// a page in its week through this index, by `Worklog.trustedWeek`.
public struct Site: Sendable {
  public var identity: SiteIdentity
  /// Week pages (and weeks of whole-term pages), in path order.
  public private(set) var weeks: [Worklog]
  /// The worklog section's own pages (`1-Worklog/_index.md` and its twins).
  public private(set) var overviews: [Worklog]
  /// Other Markdown pages found under the worklog section.
  public private(set) var others: [Worklog]
  /// Paths below the site that could not be read.
  public var errors: [FileSystemError]
  /// Every page of the site: the weeks, then the overviews, then the others.
  public private(set) var pages: [Worklog]
  /// The trusted week numbers present, ascending.
  public private(set) var weekNumbers: [Int]
  /// The languages the site's week pages are written in, sorted.
  public private(set) var languages: [String]
  /// Indexes into `weeks` by trusted week number, in path order.
  private var weekIndex: [Int: [Int]]
  /// Indexes into `pages` by path (the first page of a whole-term file for its path).
  private var pathIndex: [String: Int]
  /// Each week page's language for pairing twins, by index into `weeks` (pages of one key share
  /// the code of the last of them, as a table by key kept it).
  private var weekCodes: [String]
  /// Indexes into `weeks` by `WeekPageKey`: the last page of each key.
  private var weekKeys: [WeekPageKey: Int]

  public init(identity: SiteIdentity, pages: [Worklog], errors: [FileSystemError] = []) {
    self.identity = identity
    let weeks = pages.filter(\.isWeekPage)
    let overviews = pages.filter { $0.kind == .overview }
    let others = pages.filter { $0.kind == .other }
    self.weeks = weeks
    self.overviews = overviews
    self.others = others
    self.errors = errors
    self.pages = weeks + overviews + others
    var byWeek: [Int: [Int]] = [:]
    byWeek.reserveCapacity(weeks.count)
    // By index: iterating the pages would copy each one.
    for i in weeks.indices {
      if let n = weeks[i].trustedWeek { byWeek[n, default: []].append(i) }
    }
    weekIndex = byWeek
    weekNumbers = byWeek.keys.sorted()
    languages = Array(Set(weeks.map(\.language.code))).sorted()
    var byPath: [String: Int] = [:]
    byPath.reserveCapacity(self.pages.count)
    for i in self.pages.indices where byPath[self.pages[i].path] == nil { byPath[self.pages[i].path] = i }
    pathIndex = byPath
    var keys: [WeekPageKey: Int] = [:]
    keys.reserveCapacity(weeks.count)
    for i in weeks.indices { keys[WeekPageKey(weeks[i])] = i }
    let codes = Site.pairingCodes(weeks)
    weekKeys = keys
    // Pages sharing a key (seldom) each take the code of the last one.
    weekCodes = keys.count == weeks.count ? codes : weeks.indices.map { codes[keys[WeekPageKey(weeks[$0])] ?? $0] }
  }

  /// The pages of trusted week `n`, in path order.
  public func pages(week n: Int) -> [Worklog] { (weekIndex[n] ?? []).map { weeks[$0] } }

  /// Indexes into `weeks` of the pages of trusted week `n`, in path order: `pages(week:)`
  /// without copying the pages.
  public func weekIndexes(week n: Int) -> [Int] { weekIndex[n] ?? [] }

  /// Indexes into `weeks` of the pages whose week is trusted, by week number: `pagesByWeek`
  /// without copying the pages.
  public var weekIndexesByWeek: [Int: [Int]] { weekIndex }

  /// The week pages whose week is trusted, by week number, each week's pages in path order.
  public var pagesByWeek: [Int: [Worklog]] { weekIndex.mapValues { $0.map { weeks[$0] } } }

  /// The first page read from `path`, found by index.
  public func page(at path: String) -> Worklog? { pathIndex[path].map { pages[$0] } }

  /// A page's language for pairing twins (see `pairingCodes(_:)`); its own code for a page that
  /// is not one of the site's weeks.
  public func languageCode(of page: Worklog) -> String {
    weekKeys[WeekPageKey(page)].map { weekCodes[$0] } ?? page.language.code
  }

  /// `languageCode(of: weeks[i])`, by index.
  public func languageCode(ofWeekAt i: Int) -> String { weekCodes[i] }

  /// `English` or `Vietnamese` for a page, by `languageCode(of:)`.
  public func languageName(of page: Worklog) -> String { Worklog.languageName(languageCode(of: page)) }

  /// A page's path below the site's root, for messages.
  public func relativePath(_ page: Worklog) -> String {
    let prefix = identity.root.hasSuffix("/") ? identity.root : identity.root + "/"
    return page.path.hasPrefix(prefix) ? String(page.path.dropFirst(prefix.count)) : page.path
  }
}
