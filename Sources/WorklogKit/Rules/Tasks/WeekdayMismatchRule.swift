/// WL308: the Day label names another weekday than the start date falls on.
///
/// Bare numbers (`2`) and `Day N` labels are weekdays only when the table uses them that way: they
/// are checked only in a table where more rows fit than not, and a number is reported only when
/// neither Vietnamese (2 = Monday) nor ordinal (1 = Monday) counting fits it. A `#`, `STT` or
/// `No.` column, or a Vietnamese-numbered column holding a `1`, counts rows, not days.
///
/// When most labels are off from their dates by the same number of days, the dates belong to
/// another week or year: that is one finding, at the first row, and none when the year was not
/// written in the cells (worklog took it from the page, and may have taken the wrong one).
struct WeekdayMismatchRule: LintRule {
  let description = RuleDescription(
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
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| ↓Mon | Study IAM | 05/05/2026 | 05/05/2026 |\n| Tue | Study VPC | 06/05/2026 | 06/05/2026 |\n"
          + "| Wed | Study EC2 | 07/05/2026 | 07/05/2026 |\n"),
    ],
    nonTriggering: [
      RuleExample(
        "| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |\n| --- | --- | --- | --- |\n"
          + "| 2 | Học IAM | 15/09/2025 | 15/09/2025 |\n| 3 | Học VPC | 16/09/2025 | 16/09/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| Sat - Sun | Review | 21/09/2025 | 21/09/2025 |\n| Tue | Lab | 15/09/2025 | 17/09/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 1 | Design | 12/06/2026 | 13/06/2026 |\n| 2 | Build | 14/06/2026 | 14/06/2026 |\n"
          + "| 3 | Test | 15/06/2026 | 16/06/2026 |\n| 4 | Deploy | 17/06/2026 | 17/06/2026 |\n"),
      RuleExample(
        "| # | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 1 | Study IAM | 17/09/2025 | 17/09/2025 |\n| 2 | Study VPC | 18/09/2025 | 18/09/2025 |\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks, let dayColumn = table.columns.day else { return [] }
    let header = table.header[safe: dayColumn]?.value.foldedForMatching.trimmingCharacters(in: " *.:") ?? ""
    let indexColumn = ["#", "stt", "no", "số", "tt"].contains(header)
    // Rows read where they are (`TableRowIndices`), not copied; `row` is an index into `rows`.
    let rows = table.rows
    // A `1` cannot be a Vietnamese weekday: such a column counts rows, not days.
    let numbersAreRowNumbers =
      indexColumn
      || (table.dayNumbering == .vietnamese
        && rows.indices.contains { i in rows[i].day.map { DayLabel.parse($0.value) == .number(1) } ?? false })
    var checked: [(row: Int, start: CalendarDate, ok: Bool, counted: Bool)] = []
    for i in table.rowIndicesInPlace {
      guard let day = rows[i].day, let weekday = rows[i].weekday, let start = rows[i].start?.date else { continue }
      let label = DayLabel.parse(day.value)
      if case .date = label { continue }
      let counted = isCounted(label)
      if counted && numbersAreRowNumbers { continue }
      let end = rows[i].endDate
      var ok = covers(end, weekday, rows[i].weekdayEnd, start)
      // A bare number is only wrong when neither way of counting fits it.
      if !ok && counted, let other = otherNumbering(table.dayNumbering) {
        ok = covers(end, label.weekday(numbering: other) ?? 0, label.weekdayEnd(numbering: other), start)
      }
      checked.append((i, start, ok, counted))
    }
    // Numbers are weekdays only in a table where they mostly fit.
    let counted = checked.filter(\.counted)
    if counted.filter(\.ok).count <= counted.filter({ !$0.ok }).count { checked.removeAll { $0.counted } }
    let wrong = checked.filter { !$0.ok }
    guard !wrong.isEmpty else { return [] }
    if yearWasGuessedWrong(checked.map { (rows[$0.row], $0.ok) }, order: table.dateOrder?.order ?? .dayFirst) {
      return []
    }
    // Every label a day off the same way: the dates belong to another week or year, not a slip per row.
    let offsets = Set(wrong.compactMap { w in rows[w.row].weekday.map { (w.start.weekday - $0 + 7) % 7 } })
    if wrong.count >= 2, wrong.count * 2 > checked.count, offsets.count == 1 {
      guard wrong.allSatisfy({ rows[$0.row].start?.hasWrittenYear ?? false }), let first = wrong.first else {
        return []
      }
      let days = offsets.first == 1 ? "day" : "\(offsets.first ?? 0) days"
      return [
        mismatch(page, rows[first.row], first.start, also: "; \(wrong.count - 1) more rows are off by the same \(days)")
      ]
    }
    return wrong.map { mismatch(page, rows[$0.row], $0.start, also: nil) }
  }

  private func mismatch(_ page: Worklog, _ row: TaskEntry, _ start: CalendarDate, also: String?) -> Diagnostic {
    let weekday = row.weekday ?? 0
    var says = TaskText.weekdayName(weekday)
    if let end = row.weekdayEnd, end != weekday { says += " to " + TaskText.weekdayName(end) }
    let written = (row.day?.value ?? "").trimmingSpaces
    if written.lowercased() != says.lowercased() { says += " (\(written))" }
    var message =
      "Day says \(says) but \(row.start?.raw.value ?? start.description) is a \(TaskText.weekdayName(start.weekday))"
    if let also { message += also }
    return finding(
      page.source, row.day?.range ?? row.range, message,
      fix: also == nil
        ? "Correct the Day label or the start date so they name the same day."
        : "Check that the dates (their year too) belong to this week; the Day labels all disagree with them.")
  }

  /// Whether the dates carry no year of their own and another year fits more labels than the
  /// one worklog took from the page: then the year, not the labels, is likely wrong.
  private func yearWasGuessedWrong(_ rows: [(TaskEntry, Bool)], order: DateOrder) -> Bool {
    guard rows.contains(where: { !($0.0.start?.hasWrittenYear ?? true) }),
      let year = rows.compactMap({ $0.0.startDate?.year }).first
    else { return false }
    let fits = rows.filter(\.1).count
    for other in [year - 1, year + 1] {
      let fitsOther = rows.filter { row, _ in
        guard let reading = row.start?.reading, let weekday = row.weekday,
          let date = reading.resolve(order: order, defaultYear: reading.year ?? other).0
        else { return false }
        return covers(row.endDate, weekday, row.weekdayEnd, date)
      }.count
      if fitsOther > fits { return true }
    }
    return false
  }

  private func otherNumbering(_ numbering: DayNumbering?) -> DayNumbering? {
    switch numbering {
    case .vietnamese?: return .ordinal
    case .ordinal?: return .vietnamese
    case nil: return nil
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

  /// Whether the label's weekdays and the days the task covers (`start` to the row's `end`) meet.
  private func covers(_ end: CalendarDate?, _ first: Int, _ last: Int?, _ start: CalendarDate) -> Bool {
    func inLabel(_ w: Int) -> Bool {
      guard let last, last != first else { return w == first }
      return first < last ? (first...last).contains(w) : (w >= first || w <= last)
    }
    if inLabel(start.weekday) { return true }
    guard let end, end > start, start.days(to: end) < 7 else { return false }
    return (0...start.days(to: end)).contains { inLabel(start.adding(days: $0).weekday) }
  }
}
