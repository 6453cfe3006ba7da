/// What a rule may know beyond the page: the configuration in force.
public struct LintContext: Sendable {
  public var configuration: Configuration
  /// The site the page is linted in, so a fix can write the page the way its siblings are
  /// written (`pre`, `title`); nil when a page is linted alone.
  public var site: Site? { tallies?.site }
  /// What the site's pages say, counted once for all its pages (`SiteTallies`).
  let tallies: SiteTallies?

  public init(configuration: Configuration = Configuration(), site: Site? = nil) {
    self.configuration = configuration
    self.tallies = site.map(SiteTallies.init)
  }

  /// A context for one page of a site whose tallies are shared by all its pages.
  init(configuration: Configuration, tallies: SiteTallies) {
    self.configuration = configuration
    self.tallies = tallies
  }
}
