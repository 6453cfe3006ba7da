/// The days a week's task table covers.
extension TaskTable {
  /// The days the week's tasks cover: from the first start to the last completion, leaving out
  /// rows that start more than ten days from the median start, and completions more than two
  /// weeks after the last start (a single mistyped month or year, or a task left open for a
  /// month, would otherwise stretch the week).
  public var coreDateRange: ClosedRange<CalendarDate>? {
    let dated = rows.compactMap { r -> (start: Int, end: Int?)? in
      guard let start = (r.startDate ?? r.endDate)?.dayNumber else { return nil }
      return (start, r.endDate?.dayNumber)
    }
    guard !dated.isEmpty else { return nil }
    let starts = dated.map(\.start).sorted()
    let median = starts[starts.count / 2]
    let kept = dated.filter { abs($0.start - median) <= 10 }
    guard let lo = kept.map(\.start).min(), let lastStart = kept.map(\.start).max() else { return nil }
    let hi =
      kept.compactMap(\.end).filter { $0 >= lo && $0 <= lastStart + 14 }.max().map { max($0, lastStart) } ?? lastStart
    return CalendarDate(dayNumber: lo)...CalendarDate(dayNumber: hi)
  }
}
