/// The pages of one Hugo site: its week pages grouped by week and language, and its overviews.
public struct Site: Sendable {
  public var identity: SiteIdentity
  /// Week pages (and weeks of whole-term pages), in path order.
  public var weeks: [Worklog]
  /// The worklog section's own pages (`1-Worklog/_index.md` and its twins).
  public var overviews: [Worklog]
  /// Other Markdown pages found under the worklog section.
  public var others: [Worklog]
  /// Paths below the site that could not be read.
  public var errors: [FileSystemError]

  public init(identity: SiteIdentity, pages: [Worklog], errors: [FileSystemError] = []) {
    self.identity = identity
    self.weeks = pages.filter { $0.kind == .week || $0.kind == .termWeek }
    self.overviews = pages.filter { $0.kind == .overview }
    self.others = pages.filter { $0.kind == .other }
    self.errors = errors
  }

  /// Every page of the site.
  public var pages: [Worklog] { weeks + overviews + others }

  /// The week numbers present, ascending.
  public var weekNumbers: [Int] { Array(Set(weeks.compactMap(\.week.number))).sorted() }

  /// The languages the site's week pages are written in, sorted.
  public var languages: [String] { Array(Set(weeks.map(\.language.code))).sorted() }

  /// The pages of week `n`, in path order.
  public func pages(week n: Int) -> [Worklog] { weeks.filter { $0.week.number == n } }

  /// For a page, its twin: the page of the same week in another language.
  public func twin(of page: Worklog) -> Worklog? {
    guard let n = page.week.number else { return nil }
    return weeks.first { $0.week.number == n && $0.language.code != page.language.code && $0.path != page.path }
  }
}
