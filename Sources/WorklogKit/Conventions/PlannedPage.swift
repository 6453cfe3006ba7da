/// A week page `new` means to write: where, what, and what it must read back as.
package struct PlannedPage: Sendable, Equatable {
  /// The file's path (the site's root joined with the conventions' path).
  package var path: String
  package var bytes: [UInt8]
  /// The language the page is written in.
  package var language: String
  package var week: Int
  /// The dates of the task rows, in order (none for a page from a user's template).
  package var dates: [CalendarDate]
}
