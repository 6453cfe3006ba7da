/// What a rule may know beyond the page: the configuration in force.
public struct LintContext: Sendable {
  public var configuration: Configuration

  public init(configuration: Configuration = Configuration()) {
    self.configuration = configuration
  }
}
