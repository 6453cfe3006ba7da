/// A Day-column label read as a weekday, before integer numbering is decided.
enum DayLabel: Sendable, Hashable {
  /// A named weekday (`Mon`, `Thứ 2`, `T3`, `CN`, `Hai`): ISO 1 … 7.
  case weekday(Int)
  /// A bare number (`2`), whose meaning depends on the table's numbering.
  case number(Int)
  /// `Day 3` / `Ngày 3`: counted from 1 = Monday.
  case ordinal(Int)
  /// A full date in the Day column.
  case date(DateReading)
  indirect case range(DayLabel, DayLabel)
  case unknown

  /// The ISO weekday under `numbering`, or nil.
  func weekday(numbering: DayNumbering?) -> Int? {
    switch self {
    case .weekday(let w): return w
    case .ordinal(let n): return (1...7).contains(n) ? n : nil
    case .number(let n):
      switch numbering ?? .vietnamese {
      case .vietnamese: return (2...8).contains(n) ? n - 1 : nil
      case .ordinal: return (1...7).contains(n) ? n : nil
      }
    case .range(let a, _): return a.weekday(numbering: numbering)
    case .date, .unknown: return nil
    }
  }

  /// The last weekday of a range label.
  func weekdayEnd(numbering: DayNumbering?) -> Int? {
    if case .range(_, let b) = self { return b.weekday(numbering: numbering) }
    return nil
  }

  /// Whether its weekday depends on how the table counts (`2`, `Day 2`, `2-3`), not a named day.
  var isCounted: Bool {
    switch self {
    case .number, .ordinal: return true
    case .range(let a, let b): return a.isCounted || b.isCounted
    default: return false
    }
  }

  /// The numbers a counted label holds (`17`, `Day 3`, both ends of `2-3`).
  var numbers: [Int] {
    switch self {
    case .number(let n), .ordinal(let n): return [n]
    case .range(let a, let b): return a.numbers + b.numbers
    default: return []
    }
  }

  var hasNumber: Bool {
    switch self {
    case .number: return true
    case .range(let a, let b): return a.hasNumber || b.hasNumber
    default: return false
    }
  }

  /// Reads a label's plain text.
  static func parse(_ raw: String) -> DayLabel { parseReading(raw).label }

  /// Reads a label's plain text, with `DateReading.parse(raw)` when reading the label took it
  /// (nil when it did not): a caller that reads the text as a date next need not read it again.
  static func parseReading(_ raw: String) -> (label: DayLabel, date: DateReading??) {
    if let known = common(raw) { return known }
    return parseReadingByWords(raw)
  }

  /// The labels most Day columns and day headings write, read once when first asked for.
  static let commonLabels: [String] = {
    var out = (1...8).map(String.init)
    out += ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    out += [
      "Saturday", "Sunday", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật", "Chủ nhật",
    ]
    out += ["CN", "Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "T2", "T3", "T4", "T5", "T6", "T7"]
    out += (1...7).flatMap { ["Day \($0)", "Ngày \($0)"] }
    return out
  }()

  /// The common labels' UTF-8, and each one's reading by the same place: the reading depends
  /// on the text alone, so a text with the same bytes reads the same.
  private static let commonKeys = ByteKeyTable(commonLabels.map { Array($0.utf8) })
  private static let commonReadings: [(label: DayLabel, date: DateReading??)] = commonLabels.map {
    parseReadingByWords($0)
  }

  /// `raw`'s reading when it is one of the common labels, byte for byte; nil otherwise.
  private static func common(_ raw: String) -> (label: DayLabel, date: DateReading??)? {
    commonKeys.index(of: raw).map { commonReadings[$0] }
  }

  /// `parseReading` without the common labels' table: what the table holds.
  static func parseReadingByWords(_ raw: String) -> (label: DayLabel, date: DateReading??) {
    let folded = raw.foldedForMatching
    // Removing `*` and `` ` `` keeps every `(`: one pass over the bytes answers both.
    let marks = DayLabelMarks(folded)
    let text = marks.emphasis ? folded.filter { $0 != "*" && $0 != "`" } : folded
    if text.isEmpty { return (.unknown, nil) }
    // `2 (T3)`: the named weekday in parentheses says what the number means.
    if marks.parenthesis, let open = text.firstIndex(of: "("),
      let close = text[open...].firstIndex(of: ")")
    {
      let inner = parseOne(String(text[text.index(after: open)..<close]).trimmingSpaces)
      if case .weekday = inner { return (inner, nil) }
      return (parse(String(text[..<open])), nil)
    }
    let one = parseOne(text)
    if one != .unknown { return (one, nil) }
    // Read once: the text is the same for each question asked of its date. Without an ASCII
    // digit the text reads as no date or `notADate`, which no question below takes: it is
    // not read.
    // Without a separator's bytes (looked for before `*` and `` ` `` are removed) no range is read.
    let mayBeRange = marks.emphasis || marks.separator
    guard CellBytes.hasDigit(text) else { return ((mayBeRange ? parseRange(text) : nil) ?? .unknown, nil) }
    let date = DateReading.parse(text)
    let read: DateReading?? = DayLabelMarks.sameBytes(text, raw) ? .some(date) : nil
    if let date, case .fixed = date { return (.date(date), read) }
    if let date, case .numeric(_, _, _?) = date { return (.date(date), read) }
    if mayBeRange, let range = parseRange(text) { return (range, read) }
    if let date, case .range = date { return (.date(date), read) }
    return (.unknown, read)
  }

  /// Two labels joined by a separator (`Mon - Fri`, `Thứ 2 – Thứ 6`, `2-3`), or nil.
  private static func parseRange(_ text: String) -> DayLabel? {
    for separator in [" - ", " – ", "-", "–", " to ", ",", "/", "&"] {
      if let r = text.range(of: separator) {
        let a = parseOne(String(text[..<r.lowerBound]).trimmingSpaces)
        var rest = String(text[r.upperBound...]).trimmingSpaces
        if let comma = rest.lastIndex(of: ",") { rest = String(rest[rest.index(after: comma)...]).trimmingSpaces }
        let b = parseOne(rest)
        if a != .unknown && b != .unknown { return .range(a, b) }
      }
    }
    return nil
  }

  private static let english: [(String, Int)] = [
    ("monday", 1), ("mon", 1), ("tuesday", 2), ("tues", 2), ("tue", 2), ("wednesday", 3), ("wed", 3),
    ("thursday", 4), ("thurs", 4), ("thur", 4), ("thu", 4), ("friday", 5), ("fri", 5),
    ("saturday", 6), ("sat", 6), ("sunday", 7), ("sun", 7),
  ]
  private static let vietnamese: [(String, Int)] = [
    ("hai", 1), ("ba", 2), ("tư", 3), ("tu", 3), ("bốn", 3), ("năm", 4), ("sáu", 5), ("bảy", 6), ("bẩy", 6),
  ]

  /// The first bytes of the names `parseOne` knows: `monday`, `thứ`, `cn`, `hai`, `ba`, `năm`, `sáu`, `day`, …
  private static let nameStarts: Set<UInt8> = Set("bcdfhmnstw".utf8)

  private static func parseOne(_ text: String) -> DayLabel {
    let t = plainEnds(text) ? text : text.trimmingSpaces.trimmingCharacters(in: ".:")
    if t.isEmpty { return .unknown }
    // Every name starts with one of these ASCII letters, and a number with a digit or a sign.
    guard let f = t.utf8.first else { return .unknown }
    if (f >= 0x30 && f <= 0x39) || f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
      return Int(t).map(DayLabel.number) ?? .unknown
    }
    guard nameStarts.contains(f) else { return .unknown }
    if CellBytes.isPlain(t) { return parseName(t) }
    return parseNameByCharacters(t)
  }

  /// The names of `english` and `vietnamese` as UTF-8, for plain text.
  private static let englishBytes: [([UInt8], Int)] = english.map { (Array($0.0.utf8), $0.1) }
  private static let vietnameseBytes: [([UInt8], Int)] = vietnamese.map { (Array($0.0.utf8), $0.1) }
  private static let sundayBytes: [[UInt8]] = ["cn", "chủ nhật", "chu nhat"].map { Array($0.utf8) }

  /// `parseNameByCharacters` on plain text (`CellBytes.isPlain`), whose bytes compare as its
  /// `Character`s do.
  static func parseName(_ t: String) -> DayLabel {
    let u = Array(t.utf8)
    // A name starts with a letter: `Int` reads none.
    if let w = englishBytes.first(where: { $0.0 == u })?.1 { return .weekday(w) }
    if sundayBytes.contains(u) { return .weekday(7) }
    if let w = vietnameseBytes.first(where: { $0.0 == u })?.1 { return .weekday(w) }
    func rest(after prefix: String) -> String? {
      guard u.starts(with: prefix.utf8) else { return nil }
      return String(decoding: u[prefix.utf8.count...], as: UTF8.self).trimmingSpaces
    }
    for prefix in ["thứ ", "thứ", "thu ", "t"] {
      guard let rest = rest(after: prefix) else { continue }
      if let n = Int(rest), (2...8).contains(n) { return .weekday(n == 8 ? 7 : n - 1) }
      if prefix != "t", let w = vietnamese.first(where: { $0.0 == rest })?.1 { return .weekday(w) }
    }
    for prefix in ["day ", "ngày ", "ngay "] {
      if let rest = rest(after: prefix), let n = Int(rest) { return .ordinal(n) }
    }
    return .unknown
  }

  /// A name (`Mon`, `Thứ 2`, `CN`, `Day 3`) read by `Character`s: the reference, and the
  /// reading of text that is not plain.
  static func parseNameByCharacters(_ t: String) -> DayLabel {
    if let n = Int(t) { return .number(n) }
    if let w = english.first(where: { $0.0 == t })?.1 { return .weekday(w) }
    if t == "cn" || t == "chủ nhật" || t == "chu nhat" { return .weekday(7) }
    if let w = vietnamese.first(where: { $0.0 == t })?.1 { return .weekday(w) }
    for prefix in ["thứ ", "thứ", "thu ", "t"] where t.hasPrefix(prefix) {
      let rest = String(t.dropFirst(prefix.count)).trimmingSpaces
      if let n = Int(rest), (2...8).contains(n) { return .weekday(n == 8 ? 7 : n - 1) }
      if prefix != "t", let w = vietnamese.first(where: { $0.0 == rest })?.1 { return .weekday(w) }
    }
    for prefix in ["day ", "ngày ", "ngay "] where t.hasPrefix(prefix) {
      if let n = Int(String(t.dropFirst(prefix.count)).trimmingSpaces) { return .ordinal(n) }
    }
    return .unknown
  }

  /// Whether `text` starts and ends with an ASCII byte that is neither white space nor `.`
  /// or `:`: trimming those leaves it as it is.
  private static func plainEnds(_ text: String) -> Bool {
    guard let (first, last) = DayLabelMarks.ends(text) else { return false }
    func plain(_ b: UInt8) -> Bool {
      b < 0x80 && !ByteText.isASCIISpace(b) && b != UInt8(ascii: ".") && b != UInt8(ascii: ":")
    }
    return plain(first) && plain(last)
  }
}
