/// What a page says, as `worklog fix` must keep it: its kind and week, its objectives and
/// achievements, and its tasks (text and dates). A fix is accepted only when the page reads the
/// same after it.
struct PageReading: Sendable, Equatable {
  /// One task as read: its text and its dates.
  struct Task: Sendable, Equatable {
    var text: String
    var start: CalendarDate?
    var end: CalendarDate?
  }

  var kind: PageKind
  var week: Int?
  var objectives: [String]
  var achievements: [String]
  var tasks: [Task]

  init(_ page: Worklog) {
    kind = page.kind
    week = page.week.number
    objectives = page.objectives.items.map(\.text)
    achievements = page.achievements.items.map(\.text)
    tasks = (page.tasks?.rows ?? []).map { Task(text: $0.task?.value.text ?? "", start: $0.startDate, end: $0.endDate) }
  }

  /// Why `other` does not read as this page does, or nil when it does; task dates are not
  /// compared when `datesMayChange`.
  func difference(to other: PageReading, datesMayChange: Bool) -> String? {
    if kind != other.kind { return "the page would be read as another kind of page" }
    if week != other.week { return "the page's week would change" }
    if objectives.count != other.objectives.count {
      return "the objectives would go from \(objectives.count) to \(other.objectives.count)"
    }
    if let i = objectives.indices.first(where: { objectives[$0] != other.objectives[$0] }) {
      return "objective \(i + 1) would read differently"
    }
    if achievements.count != other.achievements.count {
      return "the achievements would go from \(achievements.count) to \(other.achievements.count)"
    }
    if let i = achievements.indices.first(where: { achievements[$0] != other.achievements[$0] }) {
      return "achievement \(i + 1) would read differently"
    }
    if tasks.count != other.tasks.count { return "the tasks would go from \(tasks.count) to \(other.tasks.count)" }
    for (i, (a, b)) in zip(tasks, other.tasks).enumerated() {
      if a.text != b.text { return "task \(i + 1) would read differently" }
      if !datesMayChange && (a.start != b.start || a.end != b.end) { return "the dates of task \(i + 1) would change" }
    }
    return nil
  }
}
