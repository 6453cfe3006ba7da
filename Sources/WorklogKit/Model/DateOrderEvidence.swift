/// The kind of the heaviest evidence for a table's date order (all of it is in `weighed`).
public enum DateOrderEvidence: String, Sendable, Codable {
  /// A date field above 12 (`28/10/2025` can only be day-first).
  case fieldAbove12
  /// The weekday named in the Day column matches only one reading.
  case weekday
  /// Only one reading keeps the table's dates within days of each other.
  case span
  /// The site's other pages: the twin in the other language dates the same rows, or the
  /// neighbouring weeks' dates come before and after only one reading.
  case twin
  /// Only one reading lies near the front matter `date`.
  case frontMatterDate
  /// Nothing spoke for the order; day-first, the common order, was assumed.
  case assumed
}
