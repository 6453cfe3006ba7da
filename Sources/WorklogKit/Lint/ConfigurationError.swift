/// A configuration file that cannot be used; the run stops with exit status 2.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var message: String
  public var description: String { "\(path): \(message)" }
}
