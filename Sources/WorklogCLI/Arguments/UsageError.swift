/// A usage error: what was wrong with the command line. Printed as one line with the hint
/// `worklog CMD --help`; exit status 2.
struct UsageError: Error, Sendable, Equatable {
  var message: String
  init(_ message: String) { self.message = message }
}
