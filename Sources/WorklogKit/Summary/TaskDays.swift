/// The days a week's tasks cover: the earliest and latest task date and every day between each
/// task's start and completion.
///
/// A task counts every day from its start to its completion. A row whose completion comes
/// before its start, or whose range runs past `longestRange` days (a typo in a month or year,
/// far more often than a real task), counts only the two dates written, with a note, so one bad
/// cell cannot claim a month of work.
struct TaskDays {
  /// A range longer than this many days counts only its two ends.
  static let longestRange = 14

  var dates: [CalendarDate]
  var earliest: CalendarDate?
  var latest: CalendarDate?
  var notes: [String]

  /// The days `row` covers: every day from its start to its completion, or only the two dates
  /// written when it ends before it starts or runs past `longestRange` days.
  static func covered(_ row: TaskEntry) -> [CalendarDate] {
    let ends = [row.startDate, row.endDate].compactMap { $0 }
    guard let first = ends.first, let last = ends.last else { return [] }
    let span = first.days(to: last)
    return span < 0 || span > longestRange ? [first, last] : (0...span).map { first.adding(days: $0) }
  }

  init(_ rows: [TaskEntry]) {
    var days = Set<CalendarDate>()
    var notes: [String] = []
    var earliest: CalendarDate?
    var latest: CalendarDate?
    for row in rows {
      let ends = [row.startDate, row.endDate].compactMap { $0 }
      for d in ends {
        earliest = min(earliest ?? d, d)
        latest = max(latest ?? d, d)
      }
      guard let first = ends.first, let last = ends.last else { continue }
      let span = first.days(to: last)
      if span < 0 {
        notes.append("task on line \(row.line) ends before it starts (\(first) to \(last)); counting the two dates")
      } else if span > TaskDays.longestRange {
        notes.append("task on line \(row.line) spans \(span + 1) days (\(first) to \(last)); counting the two dates")
      }
      days.formUnion(TaskDays.covered(row))
    }
    self.dates = days.sorted()
    self.earliest = earliest
    self.latest = latest
    self.notes = notes
  }
}
