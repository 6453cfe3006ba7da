/// A task table's date cells and Day labels as written, read under either day/month order.
///
/// Year-less dates take the table's most common written year, else the page's, else the front
/// matter's; a year-less table that crosses New Year (`29/12` … `02/01`) gives its dates on the
/// far side of it the neighbouring year.
struct TableDates: Sendable {
  struct Row: Sendable {
    var start: DateReading?
    var end: DateReading?
    /// The Day label; nil in a row-number column.
    var label: DayLabel?
    var startRange: SourceRange?
    var endRange: SourceRange?
    var dayRange: SourceRange?
  }

  let rows: [Row]
  let inputs: DateInputs
  /// Every numeric cell's first two fields with where it was written, Day-column dates too,
  /// gathered once.
  let fields: [(fields: (Int, Int), range: SourceRange?)]
  /// The year most cells write (the later on a tie).
  let tableYear: Int?
  /// What `yearRule` needs of the rows under each order, gathered once.
  private let dayFirstNewYear: NewYear
  private let monthFirstNewYear: NewYear
  /// `allDates` and `starts` under each order, read once: the evidence asks for them several
  /// times each.
  private var dayFirst = Resolved()
  private var monthFirst = Resolved()

  /// A table's dates under one order: every date (`allDates`), every date when any year will
  /// do (nil when that is the same list: the table has a year), and each row's start.
  private struct Resolved: Sendable {
    var all: [CalendarDate] = []
    var allAnyYear: [CalendarDate]?
    var starts: [CalendarDate?] = []
  }

  /// Whether a table's year-less dates cross New Year, and the month of its first date
  /// written in the year its year-less dates take.
  private struct NewYear: Sendable {
    var crosses: Bool
    var anchor: Int?
  }

  init(_ table: TaskTable, inputs: DateInputs) {
    // A row-number column (`#`, `STT`) says nothing about weekdays.
    let rowNumbers = table.columns.dayIsRowNumber
    // Rows are read by index: a `TaskEntry` or `Row` is not copied out of its array.
    var rows: [Row] = []
    rows.reserveCapacity(table.rows.count)
    // Each field is read where it lies: a `DateCell` is not copied out of its row.
    table.rows.withUnsafeBufferPointer { entries in
      for i in entries.indices {
        rows.append(
          Row(
            start: entries[i].start?.reading, end: entries[i].end?.reading,
            label: rowNumbers ? nil : entries[i].day.map { DayLabel.parse($0.value) },
            startRange: entries[i].start?.raw.range, endRange: entries[i].end?.raw.range,
            dayRange: entries[i].day?.range))
      }
    }
    self.rows = rows
    self.inputs = inputs
    // The years written and how often, in the order first written (a table writes few).
    var years: [(key: Int, value: Int)] = []
    var fields: [(fields: (Int, Int), range: SourceRange?)] = []
    fields.reserveCapacity(rows.count * 2)
    TableDates.forEachReading(rows) { reading, range in
      if let y = reading.year {
        if let k = years.firstIndex(where: { $0.key == y }) { years[k].value += 1 } else { years.append((y, 1)) }
      }
      reading.forEachNumericPart { a, b, _ in fields.append(((a, b), range)) }
    }
    self.fields = fields
    tableYear = years.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    // The only year `yearRule` reads the rows with: the default one, else the leap year.
    let year = tableYear ?? inputs.pageYear ?? inputs.frontMatterDate?.year ?? 2000
    dayFirstNewYear = TableDates.newYear(rows, .dayFirst, year: year)
    monthFirstNewYear = TableDates.newYear(rows, .monthFirst, year: year)
    dayFirst = resolved(.dayFirst)
    monthFirst = resolved(.monthFirst)
  }

  /// The table's dates under `order`.
  private func resolved(_ order: DateOrder) -> Resolved {
    let (all, starts) = readAllDatesAndStarts(order)
    return Resolved(all: all, allAnyYear: defaultYear == nil ? readAllDates(order, anyYear: true) : nil, starts: starts)
  }

  /// `readAllDates(order, anyYear: false)` and `readStarts(order)` in one pass: a row's start
  /// is read once for both, with the same year rule.
  private func readAllDatesAndStarts(_ order: DateOrder) -> (all: [CalendarDate], starts: [CalendarDate?]) {
    let rule = yearRule(order)
    var all: [CalendarDate] = []
    all.reserveCapacity(rows.count * 2)
    var starts: [CalendarDate?] = []
    starts.reserveCapacity(rows.count)
    func add(_ reading: DateReading) -> CalendarDate? {
      let (start, end, _) = reading.resolve(order: order, year: rule)
      if let start { all.append(start) }
      if let end { all.append(end) }
      return start
    }
    for i in rows.indices {
      starts.append(rows[i].start.flatMap(add))
      if let r = rows[i].end { _ = add(r) }
      if case .date(let r)? = rows[i].label { _ = add(r) }
    }
    return (all, starts)
  }

  /// Calls `body` with each row's readings in turn (start, end, the Day column's date) and
  /// where each was written, without copying a row or making an array per row.
  private static func forEachReading(_ rows: [Row], _ body: (DateReading, SourceRange?) -> Void) {
    for i in rows.indices {
      if let r = rows[i].start { body(r, rows[i].startRange) }
      if let r = rows[i].end { body(r, rows[i].endRange) }
      if case .date(let r)? = rows[i].label { body(r, rows[i].dayRange) }
    }
  }

  /// The months of `rows`' year-less dates under `order` and the anchor month for `year`.
  private static func newYear(_ rows: [Row], _ order: DateOrder, year: Int) -> NewYear {
    // Whether a year-less date falls in December, and one in January.
    var december = false
    var january = false
    var anchor: Int?  // the month of the first date with a written year
    forEachReading(rows) { reading, _ in
      reading.forEachNumericPart { a, b, y in
        let month = order == .dayFirst ? b : a
        if y == nil {
          if month == 12 { december = true }
          if month == 1 { january = true }
        } else if anchor == nil, y == year {
          anchor = month
        }
      }
      if anchor == nil, case .fixed(let d) = reading, d.year == year { anchor = d.month }
    }
    return NewYear(crosses: december && january, anchor: anchor)
  }

  /// The year a date written without one takes, before any New Year crossing.
  var defaultYear: Int? { tableYear ?? inputs.pageYear ?? inputs.frontMatterDate?.year }

  /// The year for a year-less date of `month` under `order`; with `anyYear`, a page without a
  /// year still gets one (a leap year), for evidence that does not depend on it (the span).
  func yearRule(_ order: DateOrder, anyYear: Bool = false) -> (Int) -> Int? {
    guard let year = defaultYear ?? (anyYear ? 2000 : nil) else { return { _ in nil } }
    let found = order == .dayFirst ? dayFirstNewYear : monthFirstNewYear
    var anchor = found.anchor
    guard found.crosses else { return { _ in year } }
    if anchor == nil, let fm = inputs.frontMatterDate, fm.year == year { anchor = fm.month }
    // The page's year is January's: December is the year before. Otherwise January is the next.
    if let anchor, anchor <= 6 { return { $0 >= 7 ? year - 1 : year } }
    return { $0 <= 6 ? year + 1 : year }
  }

  /// `reading` under `order`.
  func resolve(_ reading: DateReading, _ order: DateOrder) -> (CalendarDate?, CalendarDate?, DateProblem?) {
    reading.resolve(order: order, year: yearRule(order))
  }

  /// Each row's start date under `order`.
  func starts(_ order: DateOrder) -> [CalendarDate?] { (order == .dayFirst ? dayFirst : monthFirst).starts }

  /// Every date in the table under `order`: starts, completions, the last days of ranges, and
  /// dates in the Day column.
  func allDates(_ order: DateOrder, anyYear: Bool = false) -> [CalendarDate] {
    let r = order == .dayFirst ? dayFirst : monthFirst
    return anyYear ? r.allAnyYear ?? r.all : r.all
  }

  /// `starts`, read from the rows: the reference `readAllDatesAndStarts` is tested against.
  func readStarts(_ order: DateOrder) -> [CalendarDate?] {
    let rule = yearRule(order)
    return rows.map { $0.start?.resolve(order: order, year: rule).0 }
  }

  /// `allDates`, read from the rows.
  func readAllDates(_ order: DateOrder, anyYear: Bool) -> [CalendarDate] {
    let rule = yearRule(order, anyYear: anyYear)
    var out: [CalendarDate] = []
    out.reserveCapacity(rows.count * 2)
    TableDates.forEachReading(rows) { reading, _ in
      let (start, end, _) = reading.resolve(order: order, year: rule)
      if let start { out.append(start) }
      if let end { out.append(end) }
    }
    return out
  }
}

extension TableDates.Row {
  /// The date written in the Day column, if that is what it holds.
  var labelDate: DateReading? {
    if case .date(let r)? = label { return r }
    return nil
  }
}
