/// The pages of one Hugo site: its week pages grouped by week and language, and its overviews.
///
/// Built once: every view of the pages (all of them, the weeks, a week's pages, a page's twin)
/// is kept or indexed here, so a site of many thousand pages is not concatenated or searched
/// again on each access.
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
  /// The week numbers present, ascending.
  public private(set) var weekNumbers: [Int]
  /// The languages the site's week pages are written in, sorted.
  public private(set) var languages: [String]
  /// Indexes into `weeks` by week number, in path order.
  private var weekIndex: [Int: [Int]]
  /// Indexes into `pages` by path (the first page of a whole-term file for its path).
  private var pathIndex: [String: Int]
  /// `week|code` for the week pages whose language is marked by a suffix or a folder.
  private(set) var markedLanguageKeys: Set<String>

  public init(identity: SiteIdentity, pages: [Worklog], errors: [FileSystemError] = []) {
    self.identity = identity
    let weeks = pages.filter { $0.kind == .week || $0.kind == .termWeek }
    let overviews = pages.filter { $0.kind == .overview }
    let others = pages.filter { $0.kind == .other }
    self.weeks = weeks
    self.overviews = overviews
    self.others = others
    self.errors = errors
    self.pages = weeks + overviews + others
    var byWeek: [Int: [Int]] = [:]
    for (i, page) in weeks.enumerated() {
      if let n = page.week.number { byWeek[n, default: []].append(i) }
    }
    weekIndex = byWeek
    weekNumbers = byWeek.keys.sorted()
    languages = Array(Set(weeks.map(\.language.code))).sorted()
    var byPath: [String: Int] = [:]
    for (i, page) in self.pages.enumerated() where byPath[page.path] == nil { byPath[page.path] = i }
    pathIndex = byPath
    markedLanguageKeys = Set(weeks.filter { $0.language.source != .text }.compactMap { p in p.trustedWeek.map { "\($0)|\(p.language.code)" } })
  }

  /// The pages of week `n`, in path order.
  public func pages(week n: Int) -> [Worklog] { (weekIndex[n] ?? []).map { weeks[$0] } }

  /// The first page read from `path`, found by index.
  public func page(at path: String) -> Worklog? { pathIndex[path].map { pages[$0] } }

  /// For a page, its twin: the page of the same week in another language.
  public func twin(of page: Worklog) -> Worklog? {
    guard let n = page.week.number else { return nil }
    return weekIndex[n]?.lazy.map { self.weeks[$0] }.first { $0.language.code != page.language.code && $0.path != page.path }
  }
}
