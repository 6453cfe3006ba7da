/// Small pieces of markup the report's parts share.
enum ReportCells {
  /// A state as a coloured letter followed by its label: `<span class="s k-ok">✓</span>ok`.
  static func state(_ state: WeekState) -> String {
    let look = WeekStateLook.of(state)
    return "<span class=\"s \(ReportStyle.stateClass(state))\" aria-hidden=\"true\">\(look.letter)</span>\(look.label)"
  }

  /// `2025-09-08 – 2025-09-12`, one date when both are the same, empty for none.
  static func dates(_ week: WeekSummary) -> String {
    guard let start = week.start else { return "" }
    guard let end = week.end, end != start else { return "\(start)" }
    return "\(start) – \(end)"
  }

  /// The week's state and its first reason, for a cell's accessible name:
  /// `week 8: template — no task written in its 5 rows`.
  static func label(_ week: WeekSummary) -> String {
    let look = WeekStateLook.of(week.state)
    guard let reason = week.reasons.first?.text, !reason.isEmpty else { return "week \(week.week): \(look.label)" }
    return "week \(week.week): \(look.label) — \(reason)"
  }
}
