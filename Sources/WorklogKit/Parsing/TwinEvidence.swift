/// Adds the site's evidence to each table's date order: its twin in the other language, and the
/// neighbouring weeks (week N's dates follow week N-1's and precede week N+1's).
///
/// Every table is weighed against its neighbours as each was read on its own page, so the result
/// does not depend on the order of the pages; a neighbour counts only when its own reading is not
/// a guess.
enum TwinEvidence {
  static func apply(to pages: inout [Worklog]) {
    func isWeek(_ p: Worklog) -> Bool { p.kind == .week || p.kind == .termWeek }
    // The dates of each week and language as their own pages read them, when not a guess.
    var weekDates: [Int: [(language: String, dates: [CalendarDate])]] = [:]
    for page in pages where isWeek(page) {
      guard let week = page.week.number, let table = page.tasks, !(table.dateOrder?.weighed.isAmbiguous ?? false) else {
        continue
      }
      let dates = table.rows.flatMap { [$0.startDate, $0.endDate].compactMap { $0 } }
      if !dates.isEmpty { weekDates[week, default: []].append((page.language.code, dates)) }
    }
    func neighbour(_ week: Int, _ language: String) -> [CalendarDate] {
      guard let all = weekDates[week] else { return [] }
      return (all.first { $0.language == language } ?? all[0]).dates
    }
    // Pages by week: a site of many weeks is not searched whole for each page's twin.
    var byWeek: [Int: [Int]] = [:]
    for (i, page) in pages.enumerated() where isWeek(page) {
      if let n = page.week.number { byWeek[n, default: []].append(i) }
    }
    // Every table's evidence is gathered from the pages as their own pages read them; the
    // tables are re-read after, in place, so no page or row is copied to be changed.
    var found: [(page: Int, dates: TableDates, extra: [Evidence])] = []
    for i in pages.indices {
      guard isWeek(pages[i]), let week = pages[i].week.number, let table = pages[i].tasks,
        let decision = table.dateOrder
      else {
        continue
      }
      // The table's dates as written, read once for the twin, the neighbours and the re-reading.
      let dates = TableDates(table, inputs: decision.inputs)
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
      DateInference.reweigh(&table, dates, adding: extra)
      pages[i].tasks = table
    }
  }
}
