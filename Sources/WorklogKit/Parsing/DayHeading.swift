/// A heading that opens one day of a week's work: `Day 2: VPC`, `Ngày 2: …`, `Monday — VPC`,
/// `Thứ 2 — …`, `Tuesday (06/07)`, `Day 1 - Monday, May 4, 2026`.
struct DayHeading: Sendable, Hashable {
  /// The day as the heading writes it (`Day 2`, `Monday`, `Thứ 2`).
  var label: String
  /// The label read as a weekday or an ordinal.
  var reading: DayLabel
  /// A weekday named after the label (`Day 1 - Monday`), or the label's own (`Monday`).
  var namedWeekday: Int?
  /// The date as written (`May 4, 2026`, `06/07`), if the heading has one.
  var date: String?
  /// What is left: the day's topic, possibly empty.
  var topic: String

  /// Separators between a heading's parts.
  private static let separators = [":", " — ", " – ", " - ", "—", "–", "("]

  /// Reads a heading's text; nil when it does not start with a day.
  static func parse(_ heading: String) -> DayHeading? {
    guard mayStartWithDay(heading) else { return nil }
    // Without a `*` or `_` byte no character is one: the filter would keep the text as it is.
    let marked =
      CellBytes.contains(UInt8(ascii: "*"), in: heading) || CellBytes.contains(UInt8(ascii: "_"), in: heading)
    let text = (marked ? heading.filter { $0 != "*" && $0 != "_" } : heading).trimmingSpaces
    let (head, tail) = split(text, at: separators)
    let label = head.trimmingCharacters(in: " .")
    guard !label.isEmpty, label.count <= 16 else { return nil }
    let reading = DayLabel.parse(label)
    var named: Int?
    switch reading {
    case .weekday(let w): named = w
    case .ordinal: break
    default: return nil
    }
    var rest = tail
    if named == nil {
      // `Day 1 - Monday, May 4, 2026`: a weekday after the number.
      let (word, after) = split(rest, at: separators + [","])
      if case .weekday(let w) = DayLabel.parse(word) {
        named = w
        rest = after
      }
    }
    let date = leadingDate(rest)
    if let date { rest = String(rest.dropFirst(date.consumed)) }
    var topic = rest.trimmingSpaces
    while let f = topic.first, ":—–-),".contains(f) { topic = String(topic.dropFirst()).trimmingSpaces }
    return DayHeading(label: label, reading: reading, namedWeekday: named, date: date?.text, topic: topic)
  }

  /// Whether `heading` may open with a day: false when its first byte that neither markup nor
  /// spacing removes (`*`, `_`, a backtick, `.`, ASCII white space) is an ASCII byte that
  /// starts no day name, number word or `Day`/`Ngày` (see `DayLabel`).
  static func mayStartWithDay(_ heading: String) -> Bool {
    for b in heading.utf8 {
      switch b {
      case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "."): continue
      default:
        if ByteText.isASCIISpace(b) { continue }
        guard b < 0x80 else { return true }
        return "bcdfhmnstw".utf8.contains(b | 0x20) && (b | 0x20) >= 0x61
      }
    }
    return false
  }

  /// The text before the first separator and the text after it (the whole text and "" without one).
  private static func split(_ text: String, at separators: [String]) -> (String, String) {
    var first: Range<String.Index>?
    for s in separators {
      if let r = text.range(of: s), first == nil || r.lowerBound < first!.lowerBound { first = r }
    }
    guard let first else { return (text.trimmingSpaces, "") }
    return (String(text[..<first.lowerBound]).trimmingSpaces, String(text[first.upperBound...]))
  }

  /// The longest start of `text` (up to a separator or its end) that reads as a date, and how
  /// many characters of `text` it takes.
  private static func leadingDate(_ text: String) -> (text: String, consumed: Int)? {
    var ends: [String.Index] = [text.endIndex]
    for s in separators + [")"] {
      var from = text.startIndex
      while let r = text.range(of: s, range: from..<text.endIndex) {
        ends.append(r.lowerBound)
        from = r.upperBound
      }
    }
    for end in ends.sorted(by: >) {
      let candidate = String(text[..<end]).trimmingCharacters(in: " (),")
      guard !candidate.isEmpty, let reading = DateReading.parse(candidate) else { continue }
      switch reading {
      case .fixed, .numeric, .range:
        var consumed = text.distance(from: text.startIndex, to: end)
        if text[end...].hasPrefix(")") { consumed += 1 }
        return (candidate, consumed)
      default: continue
      }
    }
    return nil
  }
}
