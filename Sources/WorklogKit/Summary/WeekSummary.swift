/// What became of a week in a summary.
public enum WeekStatus: String, Sendable, Codable, CaseIterable {
  /// A page was read and has a task table.
  case ok
  /// A page was read but has no task table (objectives and achievements are still summarised).
  case noTable
  /// A page was read but is not filled in yet: its table's rows have no task written and it has
  /// no objective or achievement (as `worklog new` writes it); its dates are not days logged.
  case notFilledIn
  /// A page exists but could not be read.
  case unreadable
  /// No page for the week.
  case missing
}

/// Findings counted by severity.
public struct FindingCounts: Sendable, Hashable {
  /// Findings of severity error.
  public var error: Int
  /// Findings of severity warning.
  public var warning: Int
  /// Findings of severity note.
  public var note: Int

  /// Counts given directly.
  public init(error: Int = 0, warning: Int = 0, note: Int = 0) {
    self.error = error
    self.warning = warning
    self.note = note
  }

  /// The counts of `findings`.
  public init(_ findings: some Sequence<Diagnostic>) {
    self.init()
    for d in findings { add(d.severity) }
  }

  /// Counts one more finding of `severity`.
  public mutating func add(_ severity: Severity) {
    switch severity {
    case .error: error += 1
    case .warning: warning += 1
    case .note: note += 1
    }
  }

  /// All findings, whatever their severity.
  public var total: Int { error + warning + note }

  /// The counts of both, severity by severity.
  public static func + (a: FindingCounts, b: FindingCounts) -> FindingCounts {
    FindingCounts(error: a.error + b.error, warning: a.warning + b.warning, note: a.note + b.note)
  }
}

/// An objective or achievement as a summary shows it: its text, nesting and sub-heading, and
/// the items under it.
public struct SummaryItem: Sendable, Hashable {
  /// The item's text, markup removed; a group's sub-heading.
  public var text: String
  /// 1 for top-level items, 2 for their children, and so on.
  public var level: Int
  /// The sub-heading the item sits under, if any.
  public var group: String?
  /// Whether this is a sub-heading (or bold pseudo-heading) holding the items below it.
  public var isGroup: Bool
  /// The items nested under this one.
  public var children: [SummaryItem]

  /// An item at `level`, under sub-heading `group` if any, with `children` under it.
  public init(text: String, level: Int = 1, group: String? = nil, isGroup: Bool = false, children: [SummaryItem] = []) {
    self.text = text
    self.level = level
    self.group = group
    self.isGroup = isGroup
    self.children = children
  }

  /// The summary of `entry` and everything under it.
  init(_ entry: ListEntry) {
    self.init(
      text: entry.text, level: entry.level, group: entry.group, isGroup: entry.isGroup,
      children: entry.children.map(SummaryItem.init))
  }
}

extension SummaryItem: TreeNode {}

/// One row of a week's task table as a summary shows it.
public struct TaskSummary: Sendable, Hashable {
  /// The Day label as written.
  public var day: String?
  /// ISO weekday the label denotes (1 = Monday), if any.
  public var weekday: Int?
  /// The task's lines (sub-items have level 2 and up).
  public var items: [TextItem]
  /// The start date (the first day of a range written in the start cell), if any.
  public var start: CalendarDate?
  /// The completion date (the last day of a range), if any.
  public var end: CalendarDate?
  /// The row's line in the page.
  public var line: Int

  /// A task with the values already read from its row.
  public init(day: String?, weekday: Int?, items: [TextItem], start: CalendarDate?, end: CalendarDate?, line: Int) {
    self.day = day
    self.weekday = weekday
    self.items = items
    self.start = start
    self.end = end
    self.line = line
  }

  /// The task's lines joined by newlines.
  public var text: String { items.map(\.text).joined(separator: "\n") }
}

/// One week of one site: what the shown page says and what is wrong with it.
///
/// Holds only plain values (no source file), so a cohort of summaries stays small.
public struct WeekSummary: Sendable {
  /// The week number.
  public var week: Int
  /// What became of the week: read, without a table, unreadable or missing.
  public var status: WeekStatus
  /// The language of the page shown; nil when there is none.
  public var language: String?
  /// The page shown (or that could not be read); nil when the week is missing.
  public var path: String?
  /// The page's title (for one week of a whole-term page, its heading).
  public var title: String?
  /// The earliest task date.
  public var start: CalendarDate?
  /// The latest task date.
  public var end: CalendarDate?
  /// The distinct days the tasks cover, ascending (see `TaskDays`).
  public var dates: [CalendarDate]
  /// The rows of the task table, in order.
  public var tasks: [TaskSummary]
  /// The objectives: the top-level items (and groups), each with the items under it.
  public var objectives: [SummaryItem]
  /// The achievements: the top-level items (and groups), each with the items under it.
  public var achievements: [SummaryItem]
  /// The tasks' references, first title kept for each URL, in order of appearance.
  public var references: [Reference]
  /// Findings on the page shown (on its lines, for one week of a whole-term page).
  public var findings: FindingCounts
  /// Why the week looks as it does: lower-case fragments without a trailing period.
  public var notes: [String]
  /// What the week's dates rest on that is a guess (an ambiguous date order or column reading),
  /// one lower-case fragment each: the week needs a look before its dates are trusted.
  public var guesses: [String] = []
  /// The verdict on the week, the same in every output (see `WeekState`).
  public var state: WeekState = .ok
  /// Why the week has its state: every signal found, the most serious first (empty for `ok`).
  public var reasons: [WeekReason] = []
  /// The task texts the cohort compares with other sites' (`CohortChecks.tellingTexts`), worked
  /// out when the week is judged, beside the site's other work, so the cohort's check at the end
  /// only looks them up; nil when not worked out (a missing or template week, or a summary made
  /// by hand), and then the check works them out itself.
  var tellingTexts: Set<FoldedText>? = nil

  /// Days logged: the number of distinct dates the tasks cover.
  public var days: Int { dates.count }
  /// The number of task rows.
  public var taskCount: Int { tasks.count }
  /// Whether a page stands for the week (read or not).
  public var isPresent: Bool { status != .missing }

  /// A week with no page.
  public static func missing(_ week: Int, notes: [String] = []) -> WeekSummary {
    WeekSummary(week: week, status: .missing, notes: notes)
  }

  /// A week whose page could not be read.
  public static func unreadable(_ week: Int, language: String?, path: String, reason: String, notes: [String] = [])
    -> WeekSummary
  {
    WeekSummary(
      week: week, status: .unreadable, language: language, path: path, notes: ["cannot read \(path): \(reason)"] + notes
    )
  }

  init(week: Int, status: WeekStatus, language: String? = nil, path: String? = nil, notes: [String]) {
    self.week = week
    self.status = status
    self.language = language
    self.path = path
    self.title = nil
    self.dates = []
    self.tasks = []
    self.objectives = []
    self.achievements = []
    self.references = []
    self.findings = FindingCounts()
    self.notes = notes
    switch status {
    case .missing:
      state = .missing
      reasons = [WeekReason(state: .missing, text: "no page")]
    case .unreadable:
      state = .unreadable
      reasons = [WeekReason(state: .unreadable, text: notes.first ?? "the page cannot be read")]
    case .ok, .noTable, .notFilledIn:
      break
    }
  }

  /// This week with the verdict of `judgement` on it (`page` is the page shown).
  func judged(by judgement: WeekJudgement, page: Worklog?) -> WeekSummary {
    var out = self
    out.reasons = judgement.reasons(self, page: page)
    out.state = out.reasons.first?.state ?? .ok
    if CohortChecks.compares(out) {
      // Too few to tell a copy is as good as none, and keeps no set.
      let texts = CohortChecks.tellingTexts(out)
      out.tellingTexts = texts.count >= CohortChecks.tellingRows ? texts : []
    }
    return out
  }

  /// Adds `reason`, kept in order of its state; the state follows the most serious reason.
  mutating func add(_ reason: WeekReason) {
    reasons.append(reason)
    // A stable sort: reasons of one state stay in the order found.
    reasons = reasons.enumerated().sorted { ($0.element.state, $0.offset) < ($1.element.state, $1.offset) }.map(
      \.element)
    state = min(state, reason.state)
  }

  /// The summary of a page read as week `week`, with the findings on it.
  public init(page: Worklog, week: Int, findings: FindingCounts, notes: [String] = []) {
    self.init(
      week: week, status: page.tasks == nil ? .noTable : .ok, language: page.language.code, path: page.path, notes: [])
    title = page.title?.value
    self.findings = findings
    objectives = page.objectives.map(SummaryItem.init)
    achievements = page.achievements.map(SummaryItem.init)
    var notes = notes
    if let segment = page.segment {
      notes.append("one week of a whole-term page (lines \(segment.lowerBound)-\(segment.upperBound))")
    }
    if page.isNotFilledIn {
      // Its empty items are places to write, not objectives or achievements.
      status = .notFilledIn
      objectives = []
      achievements = []
      notes.append("not filled in yet")
      self.notes = notes
      return
    }
    guard let table = page.tasks else {
      notes.append(
        page.otherTables > 0
          ? "no task table (\(page.otherTables) other table\(page.otherTables == 1 ? "" : "s") found)" : "no task table"
      )
      self.notes = notes
      return
    }
    tasks = table.rows.map { row in
      TaskSummary(
        day: row.day?.value, weekday: row.weekday, items: row.task?.value.items ?? [], start: row.startDate,
        end: row.endDate, line: row.line)
    }
    let covered = TaskDays(table.rows)
    dates = covered.dates
    start = covered.earliest
    end = covered.latest
    // A guess matters where the summary shows dates that rest on it.
    if start != nil { guesses = WeekSummary.guesses(page) }
    references = WeekSummary.unique(table.rows.flatMap(\.references))
    if table.rows.isEmpty { notes.append("task table has no rows") }
    if !table.rows.isEmpty && start == nil { notes.append("no task has a date") }
    let unreadable = table.rows.flatMap { [$0.start, $0.end].compactMap { $0 } }.filter {
      $0.problem != nil && $0.problem != .notADate
    }
    if !unreadable.isEmpty {
      let shown = unreadable.prefix(3).map { "'\($0.raw.value)' (line \($0.raw.range.start.line))" }.joined(
        separator: ", ")
      notes.append(
        "\(unreadable.count) date\(unreadable.count == 1 ? "" : "s") not understood: \(shown)\(unreadable.count > 3 ? ", …" : "")"
      )
    }
    notes += covered.notes
    self.notes = notes
  }

  /// References with duplicate URLs removed (the first title stays); labels without a URL are
  /// kept once per title.
  static func unique(_ references: [Reference]) -> [Reference] {
    var seen = Set<String>()
    return references.filter { seen.insert($0.url.map { "url:" + $0 } ?? "title:" + $0.title).inserted }
  }
}
