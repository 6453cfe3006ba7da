/// The words `worklog status` shares between its text and its hints.
enum StatusWording {
  /// `mon` … `sun` for an ISO weekday.
  static func weekday(_ n: Int) -> String {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][max(1, min(7, n)) - 1]
  }

  /// `2 errors, 1 warning, 0 notes`.
  static func counts(_ c: FindingCounts) -> String {
    [plural(c.error, "error"), plural(c.warning, "warning"), plural(c.note, "note")].joined(separator: ", ")
  }

  /// `1 error, 3 warnings`, leaving out a count that is 0 (and the notes).
  static func problems(_ c: FindingCounts) -> String {
    [(c.error, "error"), (c.warning, "warning")].filter { $0.0 > 0 }.map { plural($0.0, $0.1) }.joined(
      separator: ", ")
  }

  /// `1 day`, `3 days`.
  static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

  /// `wed 2025-10-15`.
  static func day(_ date: CalendarDate) -> String { "\(weekday(date.weekday)) \(date)" }
}
