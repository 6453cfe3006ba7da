/// Why a date cell has no date.
public enum DateProblem: Sendable, Hashable {
  /// Looks like a date but is not well formed (`29/10/20255`, `22/092025`).
  case malformed
  /// Well formed but no such day (`31/02/2025`).
  case noSuchDay
  /// Day and month with no year anywhere to take one from.
  case missingYear
  /// Text that is not a date at all (`Ongoing`).
  case notADate
}
