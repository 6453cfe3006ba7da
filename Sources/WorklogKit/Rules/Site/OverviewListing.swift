/// The weeks an overview page lists: lines naming exactly one week, with their date range.
struct OverviewListing {
  var week: Int
  /// Where the line names the week.
  var weekRange: SourceRange
  var hasLink: Bool
  var range: WrittenRange?

  /// `DD/MM/YYYY - DD/MM/YYYY` as written, before its order is known.
  struct WrittenRange {
    var start: (Int, Int, Int)
    var end: (Int, Int, Int)
    var range: SourceRange

    /// The dates under `order`, or nil when they are not dates or run backwards.
    func read(_ order: DateOrder) -> ClosedRange<CalendarDate>? {
      func date(_ f: (Int, Int, Int)) -> CalendarDate? {
        order == .dayFirst ? CalendarDate(year: f.2, month: f.1, day: f.0) : CalendarDate(year: f.2, month: f.0, day: f.1)
      }
      guard let a = date(start), let b = date(end), a <= b else { return nil }
      return a...b
    }
  }

  static let weekWords = ["week", "tuần", "tuan"]

  /// Every line of `page` that names exactly one week.
  static func read(_ page: Worklog) -> [OverviewListing] {
    var out: [OverviewListing] = []
    for line in page.bodyLines {
      switch line.kind {
      case .listItem, .text, .heading, .tableRow: break
      default: continue
      }
      let raw = page.source.text(bytes: line.content)
      let weeks = mentions(raw)
      guard Set(weeks.map(\.week)).count == 1, let first = weeks.first else { continue }
      let ranges = raw.matches(of: #/(\d{1,2})/(\d{1,2})/(\d{4})\s*(?:-|–|—|~|to|đến)\s*(\d{1,2})/(\d{1,2})/(\d{4})/#)
      var written: WrittenRange?
      if ranges.count == 1, let m = ranges.first, let f = fields(m.output) {
        written = WrittenRange(start: f.0, end: f.1, range: page.source.range(offset(raw, m.range, line)))
      }
      let link = raw.contains("](") || raw.contains("{{< ref") || raw.contains("{{< relref") || raw.contains("{{% ref")
      out.append(OverviewListing(week: first.week, weekRange: page.source.range(offset(raw, first.range, line)), hasLink: link, range: written))
    }
    return out
  }

  /// `Week 3`, `Tuần 3` mentions in a line, with where.
  static func mentions(_ raw: String) -> [(week: Int, range: Range<String.Index>)] {
    raw.matches(of: #/(?i)\b(?:week|tuần|tuan)[ \t]*(\d{1,2})\b/#).compactMap { m in
      Int(m.output.1).map { ($0, m.range) }
    }
  }

  private static func fields(
    _ o: (Substring, Substring, Substring, Substring, Substring, Substring, Substring)
  ) -> ((Int, Int, Int), (Int, Int, Int))? {
    guard let a = Int(o.1), let b = Int(o.2), let c = Int(o.3), let d = Int(o.4), let e = Int(o.5), let f = Int(o.6) else { return nil }
    return ((a, b, c), (d, e, f))
  }

  private static func offset(_ raw: String, _ r: Range<String.Index>, _ line: MarkdownLine) -> Range<Int> {
    let lo = raw.utf8.distance(from: raw.startIndex, to: r.lowerBound)
    let hi = raw.utf8.distance(from: raw.startIndex, to: r.upperBound)
    return (line.content.lowerBound + lo)..<(line.content.lowerBound + hi)
  }

  /// The orders the overview's dates may be read in: the one its own dates show, else the
  /// configured one, else both. None when its dates show both.
  static func orders(_ listed: [OverviewListing], configured: DateOrder?) -> [DateOrder] {
    let fields = listed.compactMap(\.range).flatMap { [$0.start, $0.end] }
    let dayFirst = fields.contains { $0.0 > 12 }
    let monthFirst = fields.contains { $0.1 > 12 }
    switch (dayFirst, monthFirst) {
    case (true, true): return []
    case (true, false): return [.dayFirst]
    case (false, true): return [.monthFirst]
    case (false, false): return configured.map { [$0] } ?? [.dayFirst, .monthFirst]
    }
  }
}
