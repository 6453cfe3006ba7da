/// What a rule may know beyond the page: the configuration in force.
public struct LintContext: Sendable {
  public var configuration: Configuration
  /// The site the page is linted in, so a fix can write the page the way its siblings are
  /// written (`pre`, `title`); nil when a page is linted alone.
  public var site: Site?

  public init(configuration: Configuration = Configuration(), site: Site? = nil) {
    self.configuration = configuration
    self.site = site
  }
}
