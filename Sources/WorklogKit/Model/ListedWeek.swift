/// A week an overview page lists: a line naming exactly one week, with the date range it gives.
public struct ListedWeek: Sendable {
  /// The week the line names.
  public var week: Int
  /// Where the line names the week.
  public var weekRange: SourceRange
  /// Whether the line links somewhere (a Markdown link or a Hugo `ref`).
  public var hasLink: Bool
  /// The line's one date range, when it has exactly one.
  public var range: WrittenRange?

  /// `DD/MM/YYYY - DD/MM/YYYY` as written, before its order is known.
  public struct WrittenRange: Sendable {
    /// The first date's three numbers, in the order written.
    public var start: (Int, Int, Int)
    /// The second date's three numbers, in the order written.
    public var end: (Int, Int, Int)
    public var range: SourceRange

    /// The dates under `order`, or nil when they are not dates or run backwards.
    public func read(_ order: DateOrder) -> ClosedRange<CalendarDate>? {
      func date(_ f: (Int, Int, Int)) -> CalendarDate? {
        order == .dayFirst
          ? CalendarDate(year: f.2, month: f.1, day: f.0) : CalendarDate(year: f.2, month: f.0, day: f.1)
      }
      guard let a = date(start), let b = date(end), a <= b else { return nil }
      return a...b
    }
  }

  /// The orders an overview's dates may be read in: the one its own dates show, else the
  /// configured one, else both. None when its dates show both.
  public static func orders(_ listed: [ListedWeek], configured: DateOrder?) -> [DateOrder] {
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
