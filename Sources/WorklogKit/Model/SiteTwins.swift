/// A site's twins: the pages of one week in two languages.
extension Site {
  /// For each week, every pair of its pages in two languages that have one page each for that
  /// week; each pair in path order, the weeks ascending. Drafts are left out: Hugo publishes only
  /// the other twin.
  public var twinPairs: [(first: Worklog, second: Worklog)] {
    var out: [(Worklog, Worklog)] = []
    for n in weekNumbers {
      let byLanguage = Dictionary(grouping: pages(week: n).filter { !$0.isDraft }) { languageCode(of: $0) }
      let single = byLanguage.values.filter { $0.count == 1 }.compactMap(\.first)
        .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
      for i in single.indices {
        for j in single.indices where j > i { out.append((single[i], single[j])) }
      }
    }
    return out
  }

  /// For a page, its twin: the first page of the same week in another language.
  public func twin(of page: Worklog) -> Worklog? {
    guard let n = page.trustedWeek else { return nil }
    let code = languageCode(of: page)
    return pages(week: n).first { languageCode(of: $0) != code && $0.path != page.path }
  }
}
