/// What a rule may know beyond the page: the configuration in force.
public struct LintContext: Sendable {
  public var configuration: Configuration
  /// The site the page is linted in, so a fix can write the page the way its siblings are
  /// written (`pre`, `title`); nil when a page is linted alone.
  public var site: Site? { tallies?.site }
  /// What the site's pages say, counted once for all its pages (`SiteTallies`).
  let tallies: SiteTallies?
  /// What the site rules compare across the site, shared by them (`SiteComparisons`).
  let comparisons: SiteComparisons?

  public init(configuration: Configuration = Configuration(), site: Site? = nil) {
    self.configuration = configuration
    self.tallies = site.map(SiteTallies.init)
    self.comparisons = nil
  }

  /// A context for one page of a site whose tallies are shared by all its pages.
  init(configuration: Configuration, tallies: SiteTallies) {
    self.configuration = configuration
    self.tallies = tallies
    self.comparisons = nil
  }

  /// A context for the site rules of a site whose comparisons they share.
  init(configuration: Configuration, comparisons: SiteComparisons) {
    self.configuration = configuration
    self.tallies = nil
    self.comparisons = comparisons
  }

  /// `site.twinPairs`: the shared pairs when this context holds those of `site`, else worked out.
  func twinPairs(of site: Site) -> [(first: Worklog, second: Worklog)] {
    shared(for: site)?.pairs ?? site.twinPairs
  }

  /// `WeekCopies.find(in: site)`: the shared copies when this context holds those of `site`,
  /// else found.
  func copies(of site: Site) -> [WeekCopies] { shared(for: site)?.copies ?? WeekCopies.find(in: site) }

  /// The comparisons this context shares, when they are of `site`.
  private func shared(for site: Site) -> SiteComparisons? {
    comparisons.flatMap { $0.site.identity.root == site.identity.root ? $0 : nil }
  }
}
