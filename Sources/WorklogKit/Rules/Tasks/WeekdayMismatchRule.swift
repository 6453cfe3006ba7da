/// WL308: the Day label names another weekday than the start date falls on.
///
/// Bare numbers (`2`) and `Day N` labels are weekdays only when the table uses them that way: they
/// are checked only in a table where more rows match than not under the numbering it was read
/// with; otherwise they are row numbers. A `#`, `STT` or `No.` column is never a weekday.
public struct WeekdayMismatchRule: LintRule {
  public init() {}
  public let description = RuleDescription(
    code: "WL308", name: "weekday-mismatch", severity: .warning,
    summary: "The Day label names a different weekday than the row's start date falls on.",
    rationale: """
      The Day column and the start date say the same thing twice; when they disagree one of them \
      is wrong, usually a date copied from the row above or a label left from the template. \
      Vietnamese labels count from Thứ 2 = Monday (`2` … `7`, `CN` = Sunday); other tables count \
      1 = Monday. A range label (`Sat - Sun`, `2-3`) matches any day in it, and a task running \
      over several days matches any day it covers.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| ↓2 (T3) | Read the OCR source | 27/04/2026 | 27/04/2026 |\n"),
      RuleExample(
        "| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |\n| --- | --- | --- | --- |\n"
          + "| 2 | Học IAM | 15/09/2025 | 15/09/2025 |\n| 3 | Học VPC | 16/09/2025 | 16/09/2025 |\n"
          + "| ↓5 | Học EC2 | 17/09/2025 | 17/09/2025 |\n"),
    ],
    nonTriggering: [
      RuleExample(
        "| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |\n| --- | --- | --- | --- |\n"
          + "| 2 | Học IAM | 15/09/2025 | 15/09/2025 |\n| 3 | Học VPC | 16/09/2025 | 16/09/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| Sat - Sun | Review | 21/09/2025 | 21/09/2025 |\n| Tue | Lab | 15/09/2025 | 17/09/2025 |\n"),
      RuleExample(
        "| # | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 1 | Study IAM | 17/09/2025 | 17/09/2025 |\n| 2 | Study VPC | 18/09/2025 | 18/09/2025 |\n"),
    ])

  public func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks, let dayColumn = table.columns.day else { return [] }
    let header = table.header[safe: dayColumn]?.value.foldedForMatching.trimmingCharacters(in: " *.:") ?? ""
    let indexColumn = ["#", "stt", "no", "số", "tt"].contains(header)
    var numbered: (matches: Int, mismatches: Int) = (0, 0)
    var candidates: [(TaskEntry, DayLabel, CalendarDate)] = []
    for row in table.rows {
      guard let day = row.day, let weekday = row.weekday, let start = row.startDate else { continue }
      let label = DayLabel.parse(day.value)
      if case .date = label { continue }
      let counted = isCounted(label)
      if counted && indexColumn { continue }
      let ok = covers(row, weekday, row.weekdayEnd, start)
      if counted {
        if ok { numbered.matches += 1 } else { numbered.mismatches += 1 }
      }
      if !ok { candidates.append((row, label, start)) }
    }
    let numbersAreWeekdays = numbered.matches > numbered.mismatches
    return candidates.compactMap { row, label, start in
      if isCounted(label) && !numbersAreWeekdays { return nil }
      guard let day = row.day, let weekday = row.weekday, let startCell = row.start else { return nil }
      var says = TaskText.weekdayName(weekday)
      if let end = row.weekdayEnd, end != weekday { says += " to " + TaskText.weekdayName(end) }
      let written = day.value.trimmingSpaces
      if written.lowercased() != says.lowercased() { says += " (\(written))" }
      return finding(page.source, day.range,
        "Day says \(says) but \(startCell.raw.value) is a \(TaskText.weekdayName(start.weekday))",
        fix: "Correct the Day label or the start date so they name the same day.")
    }
  }

  /// Labels whose weekday depends on how the table counts (`2`, `Day 2`), not a named day.
  private func isCounted(_ label: DayLabel) -> Bool {
    switch label {
    case .number, .ordinal: return true
    case .range(let a, let b): return isCounted(a) || isCounted(b)
    default: return false
    }
  }

  /// Whether the label's weekdays and the days the task covers meet.
  private func covers(_ row: TaskEntry, _ first: Int, _ last: Int?, _ start: CalendarDate) -> Bool {
    func inLabel(_ w: Int) -> Bool {
      guard let last, last != first else { return w == first }
      return first < last ? (first...last).contains(w) : (w >= first || w <= last)
    }
    if inLabel(start.weekday) { return true }
    guard let end = row.endDate, end > start, start.days(to: end) < 7 else { return false }
    return (0...start.days(to: end)).contains { inLabel(start.adding(days: $0).weekday) }
  }
}
