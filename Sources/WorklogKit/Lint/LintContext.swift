/// What a rule may know beyond the page: the configuration in force.
public struct LintContext: Sendable {
  public var configuration: Configuration
  /// The site the page is linted in, so a fix can write the page the way its siblings are
  /// written (`pre`, `title`); nil when a page is linted alone.
  public var site: Site? { tallies?.site }
  /// What the site's pages say, counted once for all its pages (`SiteTallies`).
  let tallies: SiteTallies?
  /// The twin pairs of the site the site rules compare, shared by them (`SiteTwinPairs`).
  let twins: SiteTwinPairs?

  public init(configuration: Configuration = Configuration(), site: Site? = nil) {
    self.configuration = configuration
    self.tallies = site.map(SiteTallies.init)
    self.twins = nil
  }

  /// A context for one page of a site whose tallies are shared by all its pages.
  init(configuration: Configuration, tallies: SiteTallies) {
    self.configuration = configuration
    self.tallies = tallies
    self.twins = nil
  }

  /// A context for the site rules of a site whose twin pairs they share.
  init(configuration: Configuration, twins: SiteTwinPairs) {
    self.configuration = configuration
    self.tallies = nil
    self.twins = twins
  }

  /// `site.twinPairs`: the shared pairs when this context holds those of `site`, else worked out.
  func twinPairs(of site: Site) -> [(first: Worklog, second: Worklog)] {
    guard let twins, twins.site.identity.root == site.identity.root else { return site.twinPairs }
    return twins.pairs
  }
}
