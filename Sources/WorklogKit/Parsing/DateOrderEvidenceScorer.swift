/// The evidence for a table's day/month order and what each piece weighs.
///
/// Weights, on the `Scorer`'s scale (a lone 10 gives confidence 0.91, a lone 1 gives 0.5):
/// - a field above 12: 4 shared between the two readings by their cells, plus 1.5 for each
///   further cell of a reading (up to 4 more). One cell is nearly decisive alone; a typo cell
///   against many others weighs little.
/// - named weekdays: up to 10, by the share of labelled rows that agree beyond chance (one in
///   seven agrees by chance), and less for few rows; numbered weekdays up to 4, under the
///   numbering that fits best.
/// - span: up to 10 for the reading that keeps the dates within a week (7 days, fading out by a
///   month) when the other does not; more dates weigh more.
/// - front matter date: up to 3, by how many of a reading's dates lie within a week of it (two
///   weeks count two thirds, a month one third).
/// - twin: up to 4 by the share of start dates the twin shares, times the twin's own confidence.
/// - neighbouring weeks: 2.5 for each neighbour that only one reading's dates all fall after
///   (or before), within four weeks of it.
enum DateOrderEvidenceScorer {
  static let fieldShared = 4.0
  static let fieldEach = 1.5
  static let named = 10.0
  static let numbered = 4.0
  static let spanMost = 10.0
  static let twinMost = 4.0
  static let neighbour = 2.5

  static func scorer() -> Scorer<DateOrder> {
    Scorer([.dayFirst, .monthFirst]) { $0.rawValue }
  }

  /// A scorer holding the evidence of the table's own page.
  static func pageScorer(_ dates: TableDates) -> Scorer<DateOrder> {
    var s = scorer()
    addFields(&s, dates)
    addWeekdays(&s, dates)
    addSpan(&s, dates)
    addFrontMatter(&s, dates)
    return s
  }

  /// `s.add`, writing the note only for evidence that counts (the scorer ignores a weight of
  /// zero or less).
  private static func add(
    _ s: inout Scorer<DateOrder>, _ kind: String, for order: DateOrder, weight: Double, range: SourceRange? = nil,
    note: @autoclosure () -> String
  ) {
    guard weight > 0 else { return }
    s.add(kind, for: order, weight: weight, range: range, note: note())
  }

  /// The kind of the heaviest evidence for the winner; `assumed` when nothing speaks for it.
  static func heaviest(_ d: Decision<DateOrder>) -> DateOrderEvidence {
    var best: Evidence?
    for e in d.evidence where e.supports == d.value.rawValue && e.weight > (best?.weight ?? 0) { best = e }
    switch best?.kind {
    case "fieldAbove12": return .fieldAbove12
    case "weekdayAgrees", "numberedWeekdayAgrees": return .weekday
    case "span": return .span
    case "frontMatterDate": return .frontMatterDate
    case "twin", "neighbourWeeks": return .twin
    default: return .assumed
    }
  }

  private static func addFields(_ s: inout Scorer<DateOrder>, _ dates: TableDates) {
    var cells: [DateOrder: (count: Int, range: SourceRange?)] = [:]
    for (f, range) in dates.fields {
      let order: DateOrder
      if f.0 > 12 && f.1 <= 12 {
        order = .dayFirst
      } else if f.1 > 12 && f.0 <= 12 {
        order = .monthFirst
      } else {
        continue
      }
      cells[order] = (count: (cells[order]?.count ?? 0) + 1, range: cells[order]?.range ?? range)
    }
    let total = cells.values.reduce(0) { $0 + $1.count }
    for order in [DateOrder.dayFirst, .monthFirst] {
      guard let (n, range) = cells[order] else { continue }
      let weight = fieldShared * Double(n) / Double(total) + fieldEach * Double(min(n - 1, 4))
      add(&s, "fieldAbove12", for: order, weight: weight, range: range, note: n == 1 ? "1 cell" : "\(n) cells")
    }
  }

  /// `weight` for `k` of `n` rows agreeing, beyond the one in seven that agrees by chance.
  static func agreement(_ k: Int, of n: Int, most: Double) -> Double {
    guard n > 0 else { return 0 }
    let share = Double(k) / Double(n)
    let beyondChance = max(0, (share - 1.0 / 7) / (6.0 / 7))
    return most * beyondChance * Double(n) / Double(n + 2)
  }

  private static func addWeekdays(_ s: inout Scorer<DateOrder>, _ dates: TableDates) {
    let named = dates.rows.indices.filter { i in
      guard let label = dates.rows[i].label, dates.rows[i].start != nil else { return false }
      return !label.isCounted && label.weekday(numbering: nil) != nil
    }
    let counted = dates.rows.indices.filter { i in
      guard let label = dates.rows[i].label, dates.rows[i].start != nil else { return false }
      return label.isCounted
    }
    for order in [DateOrder.dayFirst, .monthFirst] {
      let starts = dates.starts(order)
      func agrees(_ i: Int, _ numbering: DayNumbering?) -> Bool {
        guard let label = dates.rows[i].label, let date = starts[i] else { return false }
        return label.covers(date.weekday, numbering: numbering)
      }
      let k = named.filter { agrees($0, nil) }
      add(
        &s, "weekdayAgrees", for: order, weight: agreement(k.count, of: named.count, most: Self.named),
        range: k.first.flatMap { dates.rows[$0].dayRange }, note: "\(k.count) of \(named.count) rows")
      let viet = counted.filter { agrees($0, .vietnamese) }
      let ord = counted.filter { agrees($0, .ordinal) }
      let best = ord.count > viet.count ? ord : viet
      add(
        &s, "numberedWeekdayAgrees", for: order, weight: agreement(best.count, of: counted.count, most: numbered),
        range: best.first.flatMap { dates.rows[$0].dayRange },
        note: "\(best.count) of \(counted.count) rows, counting \(ord.count > viet.count ? "1" : "2") as Monday")
    }
  }

  /// 1 for dates within a week, fading to 0.5 at two weeks and to 0 at a month.
  static func compactness(_ span: Int) -> Double {
    if span <= 7 { return 1 }
    if span <= weekSpan { return 1 - 0.5 * Double(span - 7) / 7 }
    if span <= 31 { return 0.5 * Double(31 - span) / 17 }
    return 0
  }

  private static var weekSpan: Int { DateInference.weekSpan }

  private static func addSpan(_ s: inout Scorer<DateOrder>, _ dates: TableDates) {
    let both = [DateOrder.dayFirst, .monthFirst].map {
      order -> (distinct: Int, compact: Double, span: Int, count: Int) in
      let all = dates.allDates(order, anyYear: true)
      guard let lo = all.min(), let hi = all.max() else { return (0, 0, 0, 0) }
      return (Set(all).count, compactness(lo.days(to: hi)), lo.days(to: hi), all.count)
    }
    let kept = max(both[0].count, both[1].count)
    guard max(both[0].distinct, both[1].distinct) >= 2 else { return }
    // A reading that loses dates (a month above 12) is only as compact as the share it keeps.
    let score = both.map { $0.compact * Double($0.count) / Double(kept) }
    for (i, order) in [DateOrder.dayFirst, .monthFirst].enumerated() {
      let lead = score[i] - score[1 - i]
      guard lead > 0 else { continue }
      let weight = min(spanMost, 2 + 1.5 * Double(both[i].distinct - 1)) * lead
      add(
        &s, "span", for: order, weight: weight, range: dates.rows.lazy.compactMap(\.startRange).first,
        note: "\(both[i].distinct) dates within \(both[i].span) days, against \(both[1 - i].span)")
    }
  }

  private static func addFrontMatter(_ s: inout Scorer<DateOrder>, _ dates: TableDates) {
    guard let fm = dates.inputs.frontMatterDate else { return }
    for order in [DateOrder.dayFirst, .monthFirst] {
      let all = dates.allDates(order)
      guard !all.isEmpty else { continue }
      // Each date counts by how near it lies: one near date among scattered ones is chance.
      let near = all.map { d -> Double in
        let days = abs(d.days(to: fm))
        return days <= 7 ? 1 : days <= weekSpan ? 2.0 / 3 : days <= 31 ? 1.0 / 3 : 0
      }
      let share = near.reduce(0, +) / Double(all.count)
      let within = all.filter { abs($0.days(to: fm)) <= 7 }.count
      add(
        &s, "frontMatterDate", for: order, weight: 3 * share,
        note: "\(within) of \(all.count) dates within a week of \(fm)"
      )
    }
  }

  /// Evidence from the twin page's table, as read on its own page; `dates` are the table's
  /// (`TableDates(table, inputs: decision.inputs)`, built once by the caller).
  static func twinEvidence(_ table: TaskTable, _ dates: TableDates, twin: TaskTable) -> [Evidence] {
    guard table.dateOrder != nil else { return [] }
    let twinDates = Set(twin.rows.compactMap { $0.start?.date })
    guard !twinDates.isEmpty else { return [] }
    let trust = twin.dateOrder?.weighed.confidence ?? 1
    var out: [Evidence] = []
    for order in [DateOrder.dayFirst, .monthFirst] {
      // The start dates read under `order`, and those the twin shares, counted where they lie.
      var count = 0
      var shared = 0
      for start in dates.starts(order) {
        guard let start else { continue }
        count += 1
        if twinDates.contains(start) { shared += 1 }
      }
      guard count > 0 else { continue }
      let weight = Scorer<DateOrder>.rounded(twinMost * trust * Double(shared) / Double(count))
      if weight > 0 {
        out.append(
          Evidence(
            kind: "twin", supports: order.rawValue, weight: weight,
            note: "\(shared) of \(count) start dates in the twin"))
      }
    }
    return out
  }

  /// Evidence from the weeks before and after: this week's dates should follow the one and
  /// precede the other, within a few weeks; `dates` are the table's, as for `twinEvidence`.
  static func neighbourEvidence(
    _ table: TaskTable, _ dates: TableDates, previous: [CalendarDate], next: [CalendarDate]
  ) -> [Evidence] {
    guard table.dateOrder != nil else { return [] }
    let all = [DateOrder.dayFirst, .monthFirst].map { dates.allDates($0) }
    func fits(_ d: [CalendarDate], after: Bool) -> Bool {
      guard let lo = d.min(), let hi = d.max() else { return false }
      if after {
        guard let prev = previous.max() else { return false }
        return lo >= prev.adding(days: -3) && prev.days(to: hi) <= 28
      }
      guard let nxt = next.min() else { return false }
      return hi <= nxt.adding(days: 3) && lo.days(to: nxt) <= 28
    }
    var out: [Evidence] = []
    for after in [true, false] {
      let ok = all.map { fits($0, after: after) }
      guard ok[0] != ok[1] else { continue }
      let order: DateOrder = ok[0] ? .dayFirst : .monthFirst
      out.append(
        Evidence(
          kind: "neighbourWeeks", supports: order.rawValue, weight: neighbour,
          note: after ? "follows the previous week's dates" : "precedes the next week's dates"))
    }
    return out
  }
}

extension DayLabel {
  /// Whether the label's weekdays (under `numbering`) include `weekday`.
  func covers(_ weekday: Int, numbering: DayNumbering?) -> Bool {
    guard let first = self.weekday(numbering: numbering) else { return false }
    guard let last = weekdayEnd(numbering: numbering), last != first else { return weekday == first }
    return first < last ? (first...last).contains(weekday) : (weekday >= first || weekday <= last)
  }
}
