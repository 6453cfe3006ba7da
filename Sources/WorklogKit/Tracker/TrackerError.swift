/// Why `worklog add` changed nothing: a date no week holds, a page without a task table, an edit
/// that would not read back. The command reports it as a usage error naming the file.
package struct TrackerError: Error, Sendable, Equatable {
  /// A lower-case fragment a user can act on.
  package var message: String

  package init(_ message: String) { self.message = message }
}
