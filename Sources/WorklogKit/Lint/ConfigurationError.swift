/// A configuration file that cannot be used; the run stops with exit status 2.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// Where in the file, when the error is about something written in it.
  public var line: Int?
  public var column: Int?
  public var message: String

  public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  /// The error at `offset` of `source`.
  init(_ source: SourceFile, at offset: Int, _ message: String) {
    let at = source.location(at: min(offset, source.bytes.count))
    self.init(path: source.path, line: at.line, column: at.column, message: message)
  }

  /// `path:line:column`, or the path alone.
  public var place: String {
    guard let line, let column else { return path }
    return "\(path):\(line):\(column)"
  }

  public var description: String { "\(place): \(message)" }
}
