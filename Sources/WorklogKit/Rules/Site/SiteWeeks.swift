/// How the site rules see a site's week pages.
extension Site {
  /// Week pages whose week is trusted, by week number, in path order.
  var pagesByWeek: [Int: [Worklog]] {
    Dictionary(grouping: weeks.filter { $0.trustedWeek != nil }) { $0.trustedWeek ?? 0 }
  }

  /// For each week, every pair of its pages in two languages that have one page each for that
  /// week; each pair in path order.
  var twinPairs: [(first: Worklog, second: Worklog)] {
    var out: [(Worklog, Worklog)] = []
    for week in pagesByWeek.keys.sorted() {
      let byLanguage = Dictionary(grouping: pagesByWeek[week] ?? []) { $0.language.code }
      let single = byLanguage.values.filter { $0.count == 1 }.compactMap(\.first)
        .sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
      for i in single.indices {
        for j in single.indices where j > i { out.append((single[i], single[j])) }
      }
    }
    return out
  }

  /// A page's path below the site's root, for messages.
  func relativePath(_ page: Worklog) -> String {
    let prefix = identity.root.hasSuffix("/") ? identity.root : identity.root + "/"
    return page.path.hasPrefix(prefix) ? String(page.path.dropFirst(prefix.count)) : page.path
  }
}

extension TaskTable {
  /// The first and last day of the rows' dates, leaving out dates more than ten days from the
  /// median (a single mistyped month or year would otherwise stretch the week over months).
  var coreDateRange: ClosedRange<CalendarDate>? {
    let days = rows.flatMap { [$0.startDate, $0.endDate].compactMap { $0?.dayNumber } }.sorted()
    guard !days.isEmpty else { return nil }
    let median = days[days.count / 2]
    let core = days.filter { abs($0 - median) <= 10 }
    guard let lo = core.first, let hi = core.last else { return nil }
    return CalendarDate(dayNumber: lo)...CalendarDate(dayNumber: hi)
  }
}

extension Diagnostic {
  /// `2025-09-22 … 2025-09-26`.
  static func describe(_ range: ClosedRange<CalendarDate>) -> String {
    range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) … \(range.upperBound)"
  }
}
