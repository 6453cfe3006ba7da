/// The days a week's task table covers.
extension TaskTable {
  /// The days the week's tasks cover: from the first start to the last completion, leaving out
  /// rows that start more than ten days from the median start, and completions more than two
  /// weeks after the last start (a single mistyped month or year, or a task left open for a
  /// month, would otherwise stretch the week).
  public var coreDateRange: ClosedRange<CalendarDate>? {
    // Each dated row's start and end day, and the starts sorted: two arrays, the rest in locals.
    var dated: [(start: Int, end: Int?)] = []
    dated.reserveCapacity(rows.count)
    for r in rows.indices {
      guard let start = (rows[r].startDate ?? rows[r].endDate)?.dayNumber else { continue }
      dated.append((start, rows[r].endDate?.dayNumber))
    }
    guard !dated.isEmpty else { return nil }
    var starts = dated.map(\.start)
    starts.sort()
    let median = starts[starts.count / 2]
    // The rows starting near the median: the median's own row always is, so `lo` and
    // `lastStart` are found.
    var lo = Int.max
    var lastStart = Int.min
    for d in dated where abs(d.start - median) <= 10 {
      lo = min(lo, d.start)
      lastStart = max(lastStart, d.start)
    }
    var lastEnd: Int?
    for d in dated where abs(d.start - median) <= 10 {
      if let end = d.end, end >= lo, end <= lastStart + 14 { lastEnd = max(lastEnd ?? end, end) }
    }
    let hi = lastEnd.map { max($0, lastStart) } ?? lastStart
    return CalendarDate(dayNumber: lo)...CalendarDate(dayNumber: hi)
  }

  /// `coreDateRange` as it was first written, by maps and filters: the reference it is tested
  /// against.
  var coreDateRangeByFilters: ClosedRange<CalendarDate>? {
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
