/// Decides a task table's day/month order and Day numbering from the evidence in it, then
/// reads every date cell and weekday with them.
///
/// Evidence, strongest first: a field above 12; the weekdays named in the Day column; the span
/// of the dates (a week's dates lie within days, the wrong reading scatters them over months);
/// bare Day numbers under either numbering; the twin page's dates; the front matter `date`.
/// With none of these, day-first is assumed, and the decision says so.
enum DateInference {
  /// A week's dates lie within this many days of each other.
  static let weekSpan = 14

  static func apply(to table: inout TaskTable, frontMatterDate: CalendarDate?, twin: TaskTable?) {
    // A row-number column (`#`, `STT`) says nothing about weekdays.
    let rowNumbers = table.columns.dayIsRowNumber
    let readings = table.rows.map { row in
      (row.start?.reading, row.end?.reading, rowNumbers ? nil : row.day.map { DayLabel.parse($0.value) })
    }
    var fields: [(Int, Int)] = []
    var explicitYears: [Int: Int] = [:]
    for (s, e, d) in readings {
      for r in [s, e] + [d.flatMap { if case .date(let x) = $0 { return x } else { return nil } }] {
        guard let r else { continue }
        fields += r.numericFields
        if let y = r.year { explicitYears[y, default: 0] += 1 }
      }
    }
    let defaultYear = explicitYears.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
      ?? frontMatterDate?.year
    let dayFirstCells = fields.filter { $0.0 > 12 && $0.1 <= 12 }.count
    let monthFirstCells = fields.filter { $0.1 > 12 && $0.0 <= 12 }.count

    func starts(_ order: DateOrder) -> [CalendarDate?] {
      readings.map { $0.0?.resolve(order: order, defaultYear: defaultYear).0 }
    }
    func allDates(_ order: DateOrder) -> [CalendarDate] {
      readings.flatMap { r in
        [r.0, r.1].flatMap { reading -> [CalendarDate] in
          guard let (start, end, _) = reading?.resolve(order: order, defaultYear: defaultYear) else { return [] }
          return [start, end].compactMap { $0 }
        }
      }
    }
    func weekdayMatches(_ order: DateOrder, numbering: DayNumbering?, namedOnly: Bool) -> Int {
      zip(readings, starts(order)).filter { pair in
        guard let label = pair.0.2, let date = pair.1 else { return false }
        if namedOnly && label.hasNumber { return false }
        return label.weekday(numbering: numbering) == date.weekday
      }.count
    }

    var decision: DateOrderDecision?
    if !fields.isEmpty {
      func decided(_ order: DateOrder, _ evidence: DateOrderEvidence) -> DateOrderDecision {
        // Until the weighed scorer replaces the ladder: the rung that decided, and no confidence
        // when nothing did.
        let weighed = evidence == .assumed
          ? Decision(value: order, evidence: [Evidence(kind: "assumed", supports: order.rawValue, weight: 0)], margin: 0, confidence: 0)
          : Decision.certain(order, Evidence(kind: evidence.rawValue, supports: order.rawValue, weight: 1))
        return DateOrderDecision(
          order: order, evidence: evidence, dayFirstCells: dayFirstCells, monthFirstCells: monthFirstCells, weighed: weighed)
      }
      if dayFirstCells != monthFirstCells {
        decision = decided(dayFirstCells > monthFirstCells ? .dayFirst : .monthFirst, .fieldAbove12)
      } else if let order = prefer({ weekdayMatches($0, numbering: nil, namedOnly: true) }, higher: true) {
        decision = decided(order, .weekday)
      } else if let order = preferSpan(allDates(.dayFirst), allDates(.monthFirst)) {
        decision = decided(order, .span)
      } else if let order = prefer({ o in
        max(weekdayMatches(o, numbering: .vietnamese, namedOnly: false), weekdayMatches(o, numbering: .ordinal, namedOnly: false))
      }, higher: true) {
        decision = decided(order, .weekday)
      } else if let twin, let order = prefer({ o in twinMatches(starts(o), twin) }, higher: true) {
        decision = decided(order, .twin)
      } else if let fm = frontMatterDate, let order = prefer({ o in
        starts(o).compactMap { $0 }.map { abs($0.days(to: fm)) }.min() ?? Int.max
      }, higher: false, within: weekSpan) {
        decision = decided(order, .frontMatterDate)
      } else {
        decision = decided(.dayFirst, .assumed)
      }
    }
    let order = decision?.order ?? .dayFirst
    var numbering: DayNumbering?
    if readings.contains(where: { $0.2?.hasNumber ?? false }) {
      let viet = weekdayMatches(order, numbering: .vietnamese, namedOnly: false)
      let ord = weekdayMatches(order, numbering: .ordinal, namedOnly: false)
      let hasOne = readings.contains { if case .number(1)? = $0.2 { return true } else { return false } }
      numbering = ord > viet || (ord == viet && hasOne) ? .ordinal : .vietnamese
    }
    table.dateOrder = decision
    table.dayNumbering = numbering
    for i in table.rows.indices {
      resolve(&table.rows[i].start, order: order, defaultYear: defaultYear)
      resolve(&table.rows[i].end, order: order, defaultYear: defaultYear)
      let label = readings[i].2
      if case .date(let r)? = label {
        table.rows[i].weekday = r.resolve(order: order, defaultYear: defaultYear).0?.weekday
      } else {
        table.rows[i].weekday = label?.weekday(numbering: numbering)
        table.rows[i].weekdayEnd = label?.weekdayEnd(numbering: numbering)
      }
    }
  }

  /// The order whose score is strictly better, if one is; with `within`, the better one must also
  /// score at most that.
  private static func prefer(_ score: (DateOrder) -> Int, higher: Bool, within: Int? = nil) -> DateOrder? {
    let d = score(.dayFirst)
    let m = score(.monthFirst)
    guard d != m else { return nil }
    let winner: DateOrder = (higher ? d > m : d < m) ? .dayFirst : .monthFirst
    if let within, min(d, m) > within { return nil }
    if higher && max(d, m) == 0 { return nil }
    return winner
  }

  /// The order that keeps the dates within a week's span when the other does not.
  private static func preferSpan(_ dayFirst: [CalendarDate], _ monthFirst: [CalendarDate]) -> DateOrder? {
    func span(_ dates: [CalendarDate]) -> Int? {
      guard let lo = dates.min(), let hi = dates.max() else { return nil }
      return lo.days(to: hi)
    }
    // A reading that loses dates (31/02) counts against it.
    if dayFirst.count != monthFirst.count { return dayFirst.count > monthFirst.count ? .dayFirst : .monthFirst }
    guard let d = span(dayFirst), let m = span(monthFirst), d != m else { return nil }
    if d <= weekSpan && m > weekSpan { return .dayFirst }
    if m <= weekSpan && d > weekSpan { return .monthFirst }
    return nil
  }

  private static func twinMatches(_ starts: [CalendarDate?], _ twin: TaskTable) -> Int {
    let twinDates = Set(twin.rows.compactMap { $0.start?.date })
    return starts.compactMap { $0 }.filter { twinDates.contains($0) }.count
  }

  private static func resolve(_ cell: inout DateCell?, order: DateOrder, defaultYear: Int?) {
    guard var c = cell else { return }
    if let reading = c.reading {
      let (date, end, problem) = reading.resolve(order: order, defaultYear: defaultYear)
      c.date = date
      c.rangeEnd = end
      c.problem = problem
    } else {
      c.date = nil
      c.rangeEnd = nil
      c.problem = nil
    }
    cell = c
  }

  /// Re-reads a table whose order nothing in the page decided, using its twin's dates.
  static func applyTwin(to table: inout TaskTable, twin: TaskTable, frontMatterDate: CalendarDate?) {
    guard let evidence = table.dateOrder?.evidence, evidence == .assumed || evidence == .frontMatterDate,
      twin.dateOrder.map({ $0.evidence != .assumed }) ?? true
    else { return }
    var copy = table
    apply(to: &copy, frontMatterDate: nil, twin: twin)
    if copy.dateOrder?.evidence == .twin { table = copy }
  }
}
