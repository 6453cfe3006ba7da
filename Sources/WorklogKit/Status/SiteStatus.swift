/// One site's state today, as `worklog status` shows it: today's week, its pages in each of
/// the site's languages, the site's findings, last week's problems, and the command to run next.
public struct SiteStatus: Sendable, Equatable {
  public var site: SiteIdentity
  public var today: CalendarDate
  public var week: StatusWeek
  /// The languages the site's weeks are written in (`languages` in .worklog.json when set).
  public var languages: [String]
  /// The highest week the site has a page for; nil for a site with no week page.
  public var latestWeek: Int?
  /// This week's pages: one per language (a missing one without a path), then any page in
  /// another language.
  public var pages: [PageStatus]
  /// The findings on the site's pages, as `worklog lint` reports them.
  public var findings: FindingCounts
  /// Last week's problems; nil when it has none (or there is no last week).
  public var previous: PreviousWeek?
  /// The next command to run, or nil when nothing is due.
  public var next: String?

  /// Whether today is a working day (Monday to Friday).
  public var isWorkingDay: Bool { today.weekday <= 5 }
}
