/// A date cell as written, before the table's day/month order is known.
enum DateReading: Sendable, Hashable {
  /// Unambiguous: ISO or a month name.
  case fixed(CalendarDate)
  /// Two numbers and maybe a year: `05/01/2026`, `28/04`.
  case numeric(first: Int, second: Int, year: Int?)
  /// A range in one cell: `03-09/08/2026`, `06/07-30/07`, `21/10/2025 - 22/10/2025`.
  indirect case range(DateReading, DateReading)
  /// An ISO-shaped date that does not exist.
  case noSuchDay
  case malformed
  case notADate

  /// The first numbers of a numeric reading (a range's start), for order evidence.
  var numericFields: [(Int, Int)] {
    switch self {
    case .numeric(let a, let b, _): return [(a, b)]
    case .range(let x, let y): return x.numericFields + y.numericFields
    default: return []
    }
  }

  /// Calls `body` with every numeric date in the reading (both ends of a range) and its
  /// written year, in `numericParts`' order, without making an array.
  func forEachNumericPart(_ body: (Int, Int, Int?) -> Void) {
    switch self {
    case .numeric(let a, let b, let y): body(a, b, y)
    case .range(let x, let y):
      x.forEachNumericPart(body)
      y.forEachNumericPart(body)
    default: break
    }
  }

  /// Every numeric date in the reading (both ends of a range) with its written year.
  var numericParts: [(Int, Int, Int?)] {
    switch self {
    case .numeric(let a, let b, let y): return [(a, b, y)]
    case .range(let x, let y): return x.numericParts + y.numericParts
    default: return []
    }
  }

  /// Reads a cell's plain text; nil for an empty or placeholder cell (`-`, `N/A`).
  ///
  /// The common numeric cells (`06/07/2026`) are read from their bytes (`NumericDateBytes`),
  /// the others from their tokens.
  static func parse(_ text: String) -> DateReading? {
    if let read = NumericDateBytes.read(text) { return read }
    return parseTokens(text)
  }

  /// `parse` from the cell's tokens: the reference `NumericDateBytes` agrees with.
  static func parseTokens(_ text: String) -> DateReading? {
    let tokens = DateTokenizer.tokens(text)
    if tokens.isEmpty { return nil }
    // Each placeholder is one word, or `n/a`: three tokens without a number.
    if tokens.count <= 3, !tokens.contains(where: { if case .number = $0 { return true } else { return false } }),
      ["n/a", "na", "tbd", "tbc", "x"].contains(text.trimmingSpaces.lowercased())
    {
      return nil
    }
    if tokens.allSatisfy({ if case .symbol = $0 { return true } else { return false } }) { return nil }
    var p = 0
    guard let first = single(tokens, &p) else { return fallback(tokens) }
    skipTime(tokens, &p)
    if p == tokens.count { return first }
    // A shared-month range: `03-09/08/2026` reads as `03` then `-09/08/2026`.
    if case .numeric = first {} else if case .fixed = first {} else { return first }
    if p < tokens.count, isRangeSeparator(tokens[p]) {
      p += 1
      var q = p
      if let second = single(tokens, &q) {
        skipTime(tokens, &q)
        if q == tokens.count { return .range(completeYear(first, from: second), second) }
      }
    }
    return fallback(tokens)
  }

  private static func completeYear(_ first: DateReading, from second: DateReading) -> DateReading {
    if case .numeric(let a, let b, nil) = first, case .numeric(_, _, let y?) = second {
      return .numeric(first: a, second: b, year: y)
    }
    return first
  }

  /// One date at `p`; advances `p` past it.
  private static func single(_ t: [DateToken], _ p: inout Int) -> DateReading? {
    let start = p
    // `03-09/08/2026`, `18–19/08/2025`: day-day/month/year.
    if case .number(let a, let da)? = t[safe: p], da <= 2, t[safe: p + 1].map(isDash) ?? false,
      case .number(let b, let db)? = t[safe: p + 2], db <= 2, t[safe: p + 3] == .symbol("/"),
      case .number(let c, let dc)? = t[safe: p + 4], dc <= 2
    {
      var year: Int?
      var q = p + 5
      if t[safe: q] == .symbol("/"), case .number(let y, let dy)? = t[safe: q + 1], dy == 4 || dy == 2 {
        year = dy == 2 ? 2000 + y : y
        q += 2
      }
      if q == t.count || !(t[safe: q].map(isNumberOrSlash) ?? false) {
        p = q
        return .range(.numeric(first: a, second: c, year: year), .numeric(first: b, second: c, year: year))
      }
    }
    guard case .number(let a, let da)? = t[safe: p] else {
      if case .word(let w)? = t[safe: p], let month = monthNumber(w),
        case .number(let d, let dd)? = t[safe: p + 1], dd <= 2
      {
        var q = p + 2
        if t[safe: q] == .symbol(",") { q += 1 }
        if case .number(let y, 4)? = t[safe: q] {
          p = q + 1
          return CalendarDate(year: y, month: month, day: d).map(DateReading.fixed) ?? .noSuchDay
        }
      }
      return nil
    }
    guard case .symbol(let s1)? = t[safe: p + 1], ["/", "-", "."].contains(s1),
      case .number(let b, let db)? = t[safe: p + 2]
    else {
      // `17 April 2026`.
      if da <= 2, case .word(let w)? = t[safe: p + 1], let month = monthNumber(w),
        case .number(let y, 4)? = t[safe: p + 2]
      {
        p += 3
        return CalendarDate(year: y, month: month, day: a).map(DateReading.fixed) ?? .noSuchDay
      }
      return nil
    }
    if da == 4, db <= 2, t[safe: p + 3] == .symbol(s1), case .number(let c, let dc)? = t[safe: p + 4], dc <= 2 {
      p += 5
      return CalendarDate(year: a, month: b, day: c).map(DateReading.fixed) ?? .noSuchDay
    }
    guard da <= 2, db <= 2 else {
      p = start
      return nil
    }
    if t[safe: p + 3] == .symbol(s1), case .number(let y, let dy)? = t[safe: p + 4] {
      guard dy == 4 || dy == 2 else {
        p = start
        return nil
      }
      p += 5
      return .numeric(first: a, second: b, year: dy == 2 ? 2000 + y : y)
    }
    guard s1 == "/" else { return nil }
    p += 3
    return .numeric(first: a, second: b, year: nil)
  }

  /// A hyphen, an en dash or an em dash.
  private static func isDash(_ t: DateToken) -> Bool {
    t == .symbol("-") || t == .symbol("–") || t == .symbol("—")
  }

  private static func isNumberOrSlash(_ t: DateToken) -> Bool {
    if case .number = t { return true }
    return t == .symbol("/")
  }

  private static func isRangeSeparator(_ t: DateToken) -> Bool {
    switch t {
    case .symbol(let s): return ["-", "–", "—", "→", "~", ">"].contains(s)
    case .word(let w): return ["to", "đến", "den", "tới"].contains(w)
    default: return false
    }
  }

  /// `12:00`, `12:00:00`, `AM`/`PM` after a date.
  private static func skipTime(_ t: [DateToken], _ p: inout Int) {
    var q = p
    if t[safe: q] == .symbol(",") { q += 1 }
    guard case .number(_, let d)? = t[safe: q], d <= 2, t[safe: q + 1] == .symbol(":"),
      case .number? = t[safe: q + 2]
    else { return }
    q += 3
    if t[safe: q] == .symbol(":"), case .number? = t[safe: q + 1] { q += 2 }
    if case .word(let w)? = t[safe: q], w == "am" || w == "pm" { q += 1 }
    p = q
  }

  /// Text that did not read as a date: malformed when it looks like one, else not a date.
  private static func fallback(_ t: [DateToken]) -> DateReading {
    var digits = 0
    var slashes = 0
    for token in t {
      if case .number(_, let d) = token { digits += d }
      if token == .symbol("/") { slashes += 1 }
    }
    let words = t.filter { if case .word = $0 { return true } else { return false } }.count
    return (slashes > 0 || digits >= 6) && words == 0 ? .malformed : .notADate
  }

  static func monthNumber(_ word: String) -> Int? {
    let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    guard word.count >= 3, let i = names.firstIndex(where: { word.hasPrefix($0) }) else { return nil }
    return i + 1
  }

  /// The date this reading denotes under `order`, taking `defaultYear` when the cell has none.
  func resolve(order: DateOrder, defaultYear: Int?) -> (CalendarDate?, CalendarDate?, DateProblem?) {
    resolve(order: order, year: { _ in defaultYear })
  }

  /// The date this reading denotes under `order`; a date without a year takes `year(month)`.
  /// The year-less end of a range that would fall before its start falls in the next year.
  func resolve(order: DateOrder, year: (Int) -> Int?) -> (CalendarDate?, CalendarDate?, DateProblem?) {
    switch self {
    case .fixed(let d): return (d, nil, nil)
    case .numeric(let a, let b, let y):
      let (day, month) = order == .dayFirst ? (a, b) : (b, a)
      guard let year = y ?? year(month) else { return (nil, nil, .missingYear) }
      guard let d = CalendarDate(year: year, month: month, day: day) else { return (nil, nil, .noSuchDay) }
      return (d, nil, nil)
    case .range(let x, let y):
      let (start, _, p1) = x.resolve(order: order, year: year)
      var (end, _, p2) = y.resolve(order: order, year: { start?.year ?? year($0) })
      if let s = start, let e = end, e < s, y.year == nil, case .numeric(let a, let b, nil) = y {
        let (day, month) = order == .dayFirst ? (a, b) : (b, a)
        end = CalendarDate(year: e.year + 1, month: month, day: day)
        if end == nil { p2 = .noSuchDay }
      }
      if let p = p1 ?? p2 { return (nil, nil, p) }
      return (start, end, nil)
    case .noSuchDay: return (nil, nil, .noSuchDay)
    case .malformed: return (nil, nil, .malformed)
    case .notADate: return (nil, nil, .notADate)
    }
  }

  /// The years written as part of a date in prose (`06/07/2026`, `9–18 Apr 2026`, `2026-07-06`),
  /// in order; a bare number (`2026 goals`, `re:Invent 2024`) is not one.
  static func yearsWritten(in text: String) -> [Int] {
    var digits = 0
    for c in text.utf8 where c >= 0x30 && c <= 0x39 { digits += 1 }
    guard digits >= 4, hasYearShapedRun(text.utf8) else { return [] }
    let t = DateTokenizer.tokens(text)
    var out: [Int] = []
    for (i, token) in t.enumerated() {
      guard case .number(let y, 4) = token, (1990...2100).contains(y) else { continue }
      var dated = false
      if case .symbol(let s)? = t[safe: i - 1], ["/", "-", "."].contains(s), case .number(_, let d)? = t[safe: i - 2],
        d <= 2
      {
        dated = true
      }
      if case .word(let w)? = t[safe: i - 1], monthNumber(w) != nil { dated = true }
      if case .symbol(",")? = t[safe: i - 1], case .number(_, let d)? = t[safe: i - 2], d <= 2,
        case .word(let w)? = t[safe: i - 3], monthNumber(w) != nil
      {
        dated = true
      }
      if t[safe: i + 1] == .symbol("-"), case .number(_, 2)? = t[safe: i + 2] { dated = true }
      if dated { out.append(y) }
    }
    return out
  }

  /// Whether the UTF-8 `bytes` hold a run of exactly four ASCII digits from 1990 to 2100:
  /// the only tokens `yearsWritten` takes.
  static func hasYearShapedRun(_ bytes: some Sequence<UInt8>) -> Bool {
    var run = 0
    var value = 0
    func isYear() -> Bool { run == 4 && (1990...2100).contains(value) }
    for b in bytes {
      if b >= 0x30 && b <= 0x39 {
        run += 1
        if run <= 4 { value = value * 10 + Int(b - 0x30) }
      } else {
        if isYear() { return true }
        run = 0
        value = 0
      }
    }
    return isYear()
  }

  /// The explicit year written in the cell, if any.
  var year: Int? {
    switch self {
    case .fixed(let d): return d.year
    case .numeric(_, _, let y): return y
    case .range(let x, let y): return x.year ?? y.year
    default: return nil
    }
  }
}
