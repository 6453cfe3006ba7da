/// A site's twins: the pages of one week in two languages.
extension Site {
  /// For each week, every pair of its pages in two languages that have one page each for that
  /// week; each pair in path order, the weeks ascending. Drafts are left out: Hugo publishes only
  /// the other twin.
  ///
  /// Most weeks have two pages: they are a pair when their languages differ, found without
  /// grouping; other weeks are grouped by language (`twinPairsByGrouping`).
  public var twinPairs: [(first: Worklog, second: Worklog)] {
    var out: [(first: Worklog, second: Worklog)] = []
    for n in weekNumbers {
      // The week's published pages by index: a page is copied only into a pair.
      let kept = weekIndexes(week: n).filter { !weeks[$0].isDraft }
      if kept.count < 2 { continue }
      if kept.count == 2 {
        let (a, b) = (kept[0], kept[1])
        if languageCode(ofWeekAt: a) != languageCode(ofWeekAt: b) {
          let swap = weeks[b].path.utf8.lexicographicallyPrecedes(weeks[a].path.utf8)
          out.append(swap ? (weeks[b], weeks[a]) : (weeks[a], weeks[b]))
        }
        continue
      }
      out += twinPairs(among: kept.map { weeks[$0] })
    }
    return out
  }

  /// `twinPairs` with every week grouped by language: the reference the quick pairing of a
  /// week's two pages is tested against.
  var twinPairsByGrouping: [(first: Worklog, second: Worklog)] {
    weekNumbers.flatMap { twinPairs(among: pages(week: $0).filter { !$0.isDraft }) }
  }

  /// The pairs among one week's published pages: those alone in their language, in path order.
  private func twinPairs(among kept: [Worklog]) -> [(first: Worklog, second: Worklog)] {
    let byLanguage = Dictionary(grouping: kept) { languageCode(of: $0) }
    let single = byLanguage.values.filter { $0.count == 1 }.compactMap(\.first)
      .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    var out: [(Worklog, Worklog)] = []
    for i in single.indices {
      for j in single.indices where j > i { out.append((single[i], single[j])) }
    }
    return out
  }

  /// For a page, its twin: the first page of the same week in another language.
  public func twin(of page: Worklog) -> Worklog? {
    guard let n = page.trustedWeek else { return nil }
    let code = languageCode(of: page)
    return weekIndexes(week: n).first { languageCode(ofWeekAt: $0) != code && weeks[$0].path != page.path }
      .map { weeks[$0] }
  }
}
