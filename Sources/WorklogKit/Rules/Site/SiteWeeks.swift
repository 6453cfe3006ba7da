/// How the site rules see a site's week pages.
extension Site {
  /// Week pages whose week is trusted, by week number, in path order.
  var pagesByWeek: [Int: [Worklog]] {
    Dictionary(grouping: weeks.filter { $0.trustedWeek != nil }) { $0.trustedWeek ?? 0 }
  }

  /// A page's language for pairing twins. A language guessed from the text of an unsuffixed page
  /// is taken as the other one when the same week has a page marked with the guessed language by
  /// suffix or folder: `1.9-Week9.md` beside `1.9-Week9.en.md` is the Vietnamese page, however
  /// much English it quotes. Rules that ask for many pages use `languageCodes()` instead.
  func languageCode(of page: Worklog) -> String {
    // The site's set, built once: the keys name their week, so no filtering by week is needed.
    languageCode(of: page, marked: markedLanguageKeys)
  }

  /// `languageCode(of:)` of every week page, by `Site.key(_:)`, worked out in one pass.
  func languageCodes() -> [String: String] {
    let marked = markedLanguageKeys
    var out: [String: String] = [:]
    for page in weeks { out[Site.key(page)] = languageCode(of: page, marked: marked) }
    return out
  }

  /// A page's code in a `languageCodes()` map.
  static func code(_ codes: [String: String], _ page: Worklog) -> String { codes[key(page)] ?? page.language.code }

  /// A key naming one week page (the weeks of a whole-term file share its path).
  static func key(_ page: Worklog) -> String { "\(page.path)#\(page.segment?.lowerBound ?? 0)" }

  private func languageCode(of page: Worklog, marked: Set<String>) -> String {
    let code = page.language.code
    guard page.language.source == .text, let week = page.trustedWeek, marked.contains("\(week)|\(code)") else { return code }
    switch code {
    case "en": return "vi"
    case "vi": return "en"
    default: return code
    }
  }

  /// `English` or `Vietnamese` for a page, by `languageCode(of:)`.
  func languageName(of page: Worklog) -> String { Worklog.languageName(languageCode(of: page)) }

  /// For each week, every pair of its pages in two languages that have one page each for that
  /// week; each pair in path order. Drafts are left out: Hugo publishes only the other twin.
  var twinPairs: [(first: Worklog, second: Worklog)] {
    let codes = languageCodes()
    var out: [(Worklog, Worklog)] = []
    for (_, pages) in pagesByWeek.sorted(by: { $0.key < $1.key }) {
      let byLanguage = Dictionary(grouping: pages.filter { !$0.isDraft }) { Site.code(codes, $0) }
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
  /// The days the week's tasks cover: from the first start to the last completion, leaving out
  /// rows that start more than ten days from the median start, and completions more than two
  /// weeks after the last start (a single mistyped month or year, or a task left open for a
  /// month, would otherwise stretch the week).
  var coreDateRange: ClosedRange<CalendarDate>? {
    let dated = rows.compactMap { r -> (start: Int, end: Int?)? in
      guard let start = (r.startDate ?? r.endDate)?.dayNumber else { return nil }
      return (start, r.endDate?.dayNumber)
    }
    guard !dated.isEmpty else { return nil }
    let starts = dated.map(\.start).sorted()
    let median = starts[starts.count / 2]
    let kept = dated.filter { abs($0.start - median) <= 10 }
    guard let lo = kept.map(\.start).min(), let lastStart = kept.map(\.start).max() else { return nil }
    let hi = kept.compactMap(\.end).filter { $0 >= lo && $0 <= lastStart + 14 }.max().map { max($0, lastStart) } ?? lastStart
    return CalendarDate(dayNumber: lo)...CalendarDate(dayNumber: hi)
  }
}

extension Diagnostic {
  /// `2025-09-22 … 2025-09-26`.
  static func describe(_ range: ClosedRange<CalendarDate>) -> String {
    range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) … \(range.upperBound)"
  }
}
