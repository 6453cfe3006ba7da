/// Judges a week: its `WeekState` and the reasons for it, from the page as read, the copies
/// found in the site, the program calendar and today's date. Every signal that applies is a
/// reason; the state is the first of them in `WeekState`'s order.
struct WeekJudgement {
  /// Where the calendar puts each week; nil when neither `programStart` nor the site's dates
  /// place week 1 (then no week can be dated elsewhere, and only Day labels count days).
  var calendar: WeekCalendar?
  /// Today, when the run has a clock; a week in progress is due only up to today.
  var today: CalendarDate?
  /// The program's working days a week: 5 (Monday to Friday) or 7.
  var workingDays: Int
  /// The site's copies, by page path.
  var copies: [String: [WeekCopies]]
  /// For each week page with pages of its own inside its folder in its language (a page per
  /// day, as some sites keep them), how many.
  var dayPages: [String: Int] = [:]

  /// Dates this many days before a week's Monday or after its Sunday still count as the week's
  /// (a week logged Friday to Thursday, a task finished on Monday morning).
  static let slack = 2
  /// A page with at least this many placeholders, more than its own items and tasks, is the
  /// template.
  static let placeholderWeight = 3

  /// Every reason `summary` (read from `page`, nil for a missing or unreadable week) is not
  /// `ok`, the most serious first; the first one's state is the week's.
  func reasons(_ summary: WeekSummary, page: Worklog?) -> [WeekReason] {
    var found: [(WeekState, String)] = []
    switch summary.status {
    case .missing:
      let elsewhere = summary.notes.first { $0.contains("there is one in") }
      found.append((.missing, elsewhere ?? "no page"))
    case .unreadable:
      found.append((.unreadable, summary.notes.first ?? "the page cannot be read"))
    case .ok, .noTable, .notFilledIn:
      if let page { found += signals(summary, page) }
    }
    return found.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map {
      WeekReason(state: $0.element.0, text: $0.element.1)
    }
  }

  /// Every signal of a page that was read.
  func signals(_ summary: WeekSummary, _ page: Worklog) -> [(WeekState, String)] {
    var out: [(WeekState, String)] = []
    let cells = LoggedDays.TaskCells(page)
    if let t = template(summary, page, cells: cells) { out.append((.template, t)) }
    for copy in copies[page.path] ?? [] where copy.week == summary.week {
      switch copy.kind {
      case .objectives:
        out.append((.copied, "the same objectives as week \(copy.sourceWeek)"))
      case .tasks(let copied, let rows):
        out.append((.copied, "\(copied) of \(rows) task rows the same as in week \(copy.sourceWeek)"))
      }
    }
    let elsewhere = datedElsewhere(summary)
    if let elsewhere { out.append((.datedElsewhere, elsewhere)) }
    if summary.status != .notFilledIn,
      let p = partial(summary, page, written: cells.written, datedElsewhere: elsewhere != nil)
    {
      out.append((.partial, p))
    }
    return out
  }

  /// Why the page is the template rather than a week, if it is; `cells` are its task cells
  /// as read.
  func template(_ summary: WeekSummary, _ page: Worklog, cells: LoggedDays.TaskCells) -> String? {
    if summary.status == .notFilledIn { return "not filled in yet: no task, objective or achievement written" }
    let rows = page.tasks?.rows.count ?? 0
    let written = cells.written.count
    let placeholders = LoggedDays.placeholders(page, cells: cells.placeholders)
    let left = placeholders == 0 ? "" : ", \(SummaryWording.count(placeholders, "placeholder")) left from the template"
    if rows > 0 && written == 0 {
      return "no task written in its \(SummaryWording.count(rows, "row"))\(left)"
    }
    // The items of its own are counted only where they can decide: with no task table, or
    // with more placeholders than written tasks.
    let weighsItems =
      page.tasks == nil || (placeholders >= WeekJudgement.placeholderWeight && placeholders > written)
    let items = weighsItems ? ownItems(page) : 0
    if page.tasks == nil && items == 0 && ownLines(page) < 2 && (dayPages[page.path] ?? 0) == 0 {
      return "nothing written: no task table, no item or line of its own\(left)"
    }
    if placeholders >= WeekJudgement.placeholderWeight && placeholders > written + items {
      return
        "mostly the template: \(SummaryWording.count(placeholders, "placeholder")) against \(written + items) tasks and items of its own"
    }
    return nil
  }

  /// The page's objectives and achievements that are its own: not empty, not a placeholder.
  func ownItems(_ page: Worklog) -> Int {
    (page.objectives.items + page.achievements.items).filter { item in
      let text = item.text.trimmingSpaces
      return !text.isEmpty && TemplatePlaceholderRule.placeholder(text) == nil
    }.count
  }

  /// The page's short list items and prose lines that are not placeholders: words of its own
  /// outside the three sections (an overview, a list of topics).
  func ownLines(_ page: Worklog) -> Int {
    let source = page.source
    return page.templateText.lines.filter { line in
      let text = InlineTextReader.read(line.raw(in: source)).text.trimmingSpaces
      return !text.isEmpty && TemplatePlaceholderRule.placeholder(text) == nil
    }.count
  }

  /// Why the week's dates lie outside where the calendar puts it, if they do: more than half
  /// its dated days fall outside the week (widened by `slack` days each side).
  func datedElsewhere(_ summary: WeekSummary) -> String? {
    guard let calendar, summary.status == .ok, !summary.dates.isEmpty, let start = summary.start,
      let end = summary.end
    else { return nil }
    let week = calendar.dates(week: summary.week)
    let wide = week.lowerBound.adding(days: -WeekJudgement.slack)...week.upperBound.adding(days: WeekJudgement.slack)
    let inside = summary.dates.filter { wide.contains($0) }.count
    guard inside * 2 < summary.dates.count else { return nil }
    let dated = SummaryWording.compactRange(start, end) ?? ""
    return
      "dated \(dated), but the calendar (\(calendar.description)) puts week \(summary.week) at \(SummaryWording.compactRange(week.lowerBound, week.upperBound) ?? "")"
  }

  /// Why the week is only partly logged, if it is: fewer days with a written task than the
  /// working days due (all of them, or those up to today in the week in progress), or no task
  /// table at all. Days are the dates of written tasks inside the week (the calendar's, widened
  /// by `slack`, or for a week dated elsewhere its own), else the days their Day labels name,
  /// else the pages kept inside the week's folder. A week where none of these counts a day
  /// logged none: it is not `ok`, whose meaning is every working day logged.
  ///
  /// `written` indexes the task rows whose task is written (`LoggedDays.TaskCells`).
  func partial(_ summary: WeekSummary, _ page: Worklog, written writtenRows: [Int], datedElsewhere: Bool) -> String? {
    let subpages = dayPages[page.path] ?? 0
    var due = workingDays
    var soFar = ""
    if let calendar, let today, !datedElsewhere {
      let week = calendar.dates(week: summary.week)
      if today < week.lowerBound { return nil }
      if today <= week.upperBound {
        due = min(workingDays, week.lowerBound.days(to: today) + 1)
        soFar = " so far"
      }
    }
    guard let table = page.tasks else {
      if subpages > 0 {
        return subpages < due
          ? "\(subpages) of \(due) working days logged\(soFar), on pages of their own (no task table)" : nil
      }
      return "no task table: no day logged"
    }
    let written = writtenRows.map { table.rows[$0] }
    // No task written is the template's reason, not a second one.
    if written.isEmpty { return nil }
    let dates = Set(written.flatMap(TaskDays.covered))
    let window: ClosedRange<CalendarDate>?
    if let calendar, !datedElsewhere {
      let week = calendar.dates(week: summary.week)
      window = week.lowerBound.adding(days: -WeekJudgement.slack)...week.upperBound.adding(days: WeekJudgement.slack)
    } else {
      window = table.coreDateRange
    }
    var logged: [Int]
    var days: String
    var by = ""
    if !dates.isEmpty, let window {
      let inside = dates.filter { window.contains($0) }.sorted()
      logged = inside.map(\.weekday)
      // Weekday names, unless two days share one (the slack reaches into the next week).
      days =
        Set(logged).count == logged.count
        ? logged.compactMap(SummaryWording.weekday).joined(separator: ", ")
        : inside.map { String($0.description.dropFirst(5)) }.joined(separator: ", ")
    } else {
      var labelled = Set<Int>()
      for row in written {
        guard let first = row.weekday else { continue }
        labelled.formUnion(first...min(max(first, row.weekdayEnd ?? first), 7))
      }
      logged = labelled.sorted()
      days = logged.compactMap(SummaryWording.weekday).joined(separator: ", ")
      by = " by their Day labels"
    }
    if logged.isEmpty && written.allSatisfy({ $0.startDate == nil && $0.endDate == nil && $0.weekday == nil }) {
      if subpages > 0 {
        return subpages < due ? "\(subpages) of \(due) working days logged\(soFar), on pages of their own" : nil
      }
      return "no day logged: no task has a date or a Day label"
    }
    guard logged.count < due else { return nil }
    return "\(logged.count) of \(due) working days logged\(soFar)\(by)\(days.isEmpty ? "" : " (\(days))")"
  }
}
