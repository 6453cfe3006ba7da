/// Decides a task table's day/month order and Day numbering from the evidence in it, then
/// reads every date cell and weekday with them.
///
/// The order is weighed, not laddered (`DateOrderEvidence` names the heaviest piece for the
/// winner): fields above 12, the weekdays named in the Day column, numbered weekdays under
/// either numbering, how compact the dates are under each reading, and the front matter `date`.
/// The site adds the twin page and the neighbouring weeks (`TwinEvidence`), and the table is
/// re-read with everything. With no evidence at all, day-first is assumed, and the decision says so.
enum DateInference {
  /// A week's dates lie within this many days of each other.
  static let weekSpan = 14

  /// Reads `table`'s dates with the evidence of its own page.
  static func apply(to table: inout TaskTable, inputs: DateInputs) {
    let dates = TableDates(table, inputs: inputs)
    var scorer = DateOrderEvidenceScorer.pageScorer(dates)
    finish(&table, dates, decision: dates.fields.isEmpty ? nil : orderDecision(dates, scorer: &scorer))
    table.keptDates = KeptTableDates(dates)
  }

  /// Re-reads `table` with `extra` evidence from the site (its twin, its neighbouring weeks)
  /// added to what its own page gave. `dates` are the table's
  /// (`TableDates(table, inputs: decision.inputs)`, built once by the caller).
  static func reweigh(_ table: inout TaskTable, _ dates: TableDates, adding extra: [Evidence]) {
    guard let decision = table.dateOrder, !extra.isEmpty else { return }
    var scorer = DateOrderEvidenceScorer.scorer()
    // The page's evidence, then the site's, each where it lies (no joined copy).
    for list in [decision.weighed.evidence, extra] {
      for e in list {
        guard let order = DateOrder(rawValue: e.supports) else { continue }
        scorer.add(e.kind, for: order, weight: e.weight, range: e.range, note: e.note)
      }
    }
    let weighed = orderDecision(dates, scorer: &scorer)
    // A pipe or HTML table whose order stands needs no re-reading: its rows, weekdays and Day
    // numbering read the same under the same order. (A list's weekdays are its reader's: they
    // are read anew, as they always were.)
    if table.isTable, weighed.order == decision.order {
      table.dateOrder = weighed
      return
    }
    finish(&table, dates, decision: weighed)
  }

  /// Keeps the order `decision` (nil when the table has no date fields to weigh), decides the
  /// Day numbering, then reads every row with them.
  private static func finish(_ table: inout TaskTable, _ dates: TableDates, decision: DateOrderDecision?) {
    let order = decision?.order ?? .dayFirst
    let rule = dates.yearRule(order)
    let numbering = DayNumberingChoice.decide(dates.rows.map(\.label), starts: dates.starts(order))
    table.dateOrder = decision
    table.dayNumbering = numbering.numbering
    for i in table.rows.indices {
      readRow(&table.rows[i], label: dates.rows[i].label, order: order, year: rule, numbering: numbering)
    }
  }

  /// The weighed order, with the counts of cells only one order can read.
  private static func orderDecision(_ dates: TableDates, scorer: inout Scorer<DateOrder>) -> DateOrderDecision {
    let weighed = scorer.decide()
    let fields = dates.fields.map(\.fields)
    return DateOrderDecision(
      order: weighed.value, evidence: DateOrderEvidenceScorer.heaviest(weighed),
      dayFirstCells: fields.filter { $0.0 > 12 && $0.1 <= 12 }.count,
      monthFirstCells: fields.filter { $0.1 > 12 && $0.0 <= 12 }.count,
      weighed: weighed, inputs: dates.inputs)
  }

  /// One row's dates and weekdays under the decided order and numbering.
  private static func readRow(
    _ row: inout TaskEntry, label: DayLabel?, order: DateOrder, year rule: (Int) -> Int?, numbering: DayNumberingChoice
  ) {
    resolve(&row.start, order: order, year: rule)
    resolve(&row.end, order: order, year: rule)
    row.weekday = nil
    row.weekdayEnd = nil
    if case .date(let r)? = label {
      row.weekday = r.resolve(order: order, year: rule).0?.weekday
    } else if let label, !label.isCounted || numbering.areWeekdays {
      row.weekday = label.weekday(numbering: numbering.numbering)
      row.weekdayEnd = label.weekdayEnd(numbering: numbering.numbering)
    }
  }

  /// Writes the cell's date, range end and problem under `order`, in place.
  private static func resolve(_ cell: inout DateCell?, order: DateOrder, year: (Int) -> Int?) {
    guard cell != nil else { return }
    var (date, end, problem): (CalendarDate?, CalendarDate?, DateProblem?) = (nil, nil, nil)
    if let reading = cell?.reading { (date, end, problem) = reading.resolve(order: order, year: year) }
    cell?.date = date
    cell?.rangeEnd = end
    cell?.problem = problem
  }

  /// Whether a line of this kind may date the page: headings, text and lists, not code or tables.
  static func mayDatePage(_ kind: MarkdownLineKind) -> Bool {
    switch kind {
    case .heading, .text, .listItem, .html: return true
    default: return false
    }
  }

  /// Whether the bytes in `range` hold a run of exactly four digits from 1990 to 2100: a line
  /// without one writes no year (`DateReading.yearsWritten`), so it need not be read.
  static func mayWriteYear(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    DateReading.hasYearShapedRun(bytes[range])
  }

  /// The year written most often in `texts`' dates (the first on a tie), for a table without one.
  static func pageYear(_ texts: [String]) -> Int? {
    var counts: [Int: Int] = [:]
    var order: [Int] = []
    for text in texts {
      for y in DateReading.yearsWritten(in: text) {
        if counts[y] == nil { order.append(y) }
        counts[y, default: 0] += 1
      }
    }
    var best: (year: Int, count: Int)?
    for y in order where counts[y, default: 0] > (best?.count ?? 0) { best = (y, counts[y, default: 0]) }
    return best?.year
  }
}
