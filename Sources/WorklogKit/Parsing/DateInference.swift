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
    finish(&table, dates, scorer: &scorer, hasFields: !dates.fields.isEmpty)
  }

  /// Re-reads `table` with `extra` evidence from the site (its twin, its neighbouring weeks)
  /// added to what its own page gave.
  static func reweigh(_ table: inout TaskTable, adding extra: [Evidence]) {
    guard let decision = table.dateOrder, !extra.isEmpty else { return }
    let dates = TableDates(table, inputs: decision.inputs)
    var scorer = DateOrderEvidenceScorer.scorer()
    for e in decision.weighed.evidence + extra {
      guard let order = DateOrder(rawValue: e.supports) else { continue }
      scorer.add(e.kind, for: order, weight: e.weight, range: e.range, note: e.note)
    }
    finish(&table, dates, scorer: &scorer, hasFields: true)
  }

  private static func finish(_ table: inout TaskTable, _ dates: TableDates, scorer: inout Scorer<DateOrder>, hasFields: Bool) {
    var decision: DateOrderDecision?
    if hasFields {
      let weighed = scorer.decide()
      let fields = dates.fields.map(\.fields)
      decision = DateOrderDecision(
        order: weighed.value, evidence: DateOrderEvidenceScorer.heaviest(weighed),
        dayFirstCells: fields.filter { $0.0 > 12 && $0.1 <= 12 }.count,
        monthFirstCells: fields.filter { $0.1 > 12 && $0.0 <= 12 }.count,
        weighed: weighed, inputs: dates.inputs)
    }
    let order = decision?.order ?? .dayFirst
    let rule = dates.yearRule(order)
    let starts = dates.starts(order)
    let numbering = DayNumberingChoice.decide(dates.rows.map(\.label), starts: starts)
    table.dateOrder = decision
    table.dayNumbering = numbering.numbering
    for i in table.rows.indices {
      resolve(&table.rows[i].start, order: order, year: rule)
      resolve(&table.rows[i].end, order: order, year: rule)
      let label = dates.rows[i].label
      table.rows[i].weekday = nil
      table.rows[i].weekdayEnd = nil
      if case .date(let r)? = label {
        table.rows[i].weekday = r.resolve(order: order, year: rule).0?.weekday
      } else if let label, !label.isCounted || numbering.areWeekdays {
        table.rows[i].weekday = label.weekday(numbering: numbering.numbering)
        table.rows[i].weekdayEnd = label.weekdayEnd(numbering: numbering.numbering)
      }
    }
  }

  private static func resolve(_ cell: inout DateCell?, order: DateOrder, year: (Int) -> Int?) {
    guard var c = cell else { return }
    if let reading = c.reading {
      let (date, end, problem) = reading.resolve(order: order, year: year)
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

  /// Whether a line of this kind may date the page: headings, text and lists, not code or tables.
  static func mayDatePage(_ kind: MarkdownLineKind) -> Bool {
    switch kind {
    case .heading, .text, .listItem, .html: return true
    default: return false
    }
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
