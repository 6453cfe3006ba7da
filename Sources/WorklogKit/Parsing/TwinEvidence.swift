/// Adds the site's evidence to each table's date order: its twin in the other language, and the
/// neighbouring weeks (week N's dates follow week N-1's and precede week N+1's).
///
/// Every table is weighed against its neighbours as each was read on its own page, so the result
/// does not depend on the order of the pages; a neighbour counts only when its own reading is not
/// a guess.
enum TwinEvidence {
  static func apply(to pages: inout [Worklog]) {
    func isWeek(_ i: Int) -> Bool { pages[i].kind == .week || pages[i].kind == .termWeek }
    // The dates of each week and language as their own pages read them, when not a guess.
    var weekDates: [Int: [(language: String, dates: [CalendarDate])]] = [:]
    // Pages and rows are read by index: no `Worklog` or `TaskEntry` is copied out of its array.
    for i in pages.indices where isWeek(i) {
      guard let week = pages[i].week.number, let table = pages[i].tasks,
        !(table.dateOrder?.weighed.isAmbiguous ?? false)
      else {
        continue
      }
      var dates: [CalendarDate] = []
      dates.reserveCapacity(table.rows.count * 2)
      for r in table.rows.indices {
        if let d = table.rows[r].startDate { dates.append(d) }
        if let d = table.rows[r].endDate { dates.append(d) }
      }
      if !dates.isEmpty { weekDates[week, default: []].append((pages[i].language.code, dates)) }
    }
    func neighbour(_ week: Int, _ language: String) -> [CalendarDate] {
      guard let all = weekDates[week] else { return [] }
      return (all.first { $0.language == language } ?? all[0]).dates
    }
    // Pages by week: a site of many weeks is not searched whole for each page's twin.
    var byWeek: [Int: [Int]] = [:]
    for i in pages.indices where isWeek(i) {
      if let n = pages[i].week.number { byWeek[n, default: []].append(i) }
    }
    // Every table's evidence is gathered from the pages as their own pages read them; the
    // tables are re-read after, in place, so no page or row is copied to be changed.
    var found: [(page: Int, dates: TableDates, extra: [Evidence])] = []
    for i in pages.indices {
      guard isWeek(i), let week = pages[i].week.number, let table = pages[i].tasks,
        let decision = table.dateOrder
      else {
        continue
      }
      // The table's dates as written, as its page read them (else read anew), for the twin, the
      // neighbours and the re-reading.
      let dates = KeptTableDates.dates(of: table, inputs: decision.inputs) ?? TableDates(table, inputs: decision.inputs)
      var extra: [Evidence] = []
      let language = pages[i].language.code
      if let j = byWeek[week]?.first(where: { j in pages[j].language.code != language && pages[j].tasks != nil }),
        let twin = pages[j].tasks
      {
        extra += DateOrderEvidenceScorer.twinEvidence(table, dates, twin: twin)
      }
      extra += DateOrderEvidenceScorer.neighbourEvidence(
        table, dates, previous: neighbour(week - 1, language), next: neighbour(week + 1, language))
      found.append((i, dates, extra))
    }
    for (i, dates, extra) in found {
      guard var table = pages[i].tasks else { continue }
      pages[i].tasks = nil
      table.keptDates = nil
      DateInference.reweigh(&table, dates, adding: extra)
      pages[i].tasks = table
    }
    // The kept dates serve no one once every table is re-read: no later copy of a page keeps them.
    for i in pages.indices where pages[i].tasks?.keptDates != nil { pages[i].tasks?.keptDates = nil }
  }
}
