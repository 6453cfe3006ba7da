/// How a task table writes its dates, learned from its cells, so a date `add` writes reads as
/// the table's own: `21/10/2025`, `10/21/2025`, `5.1.2026`, `28/04`, or ISO.
enum TableDateStyle: Sendable {
  /// Two numbers and maybe a year: the table's order, separators and zero-padding.
  case numeric(
    order: DateOrder, separator: String, padDay: Bool, padMonth: Bool, year: (separator: String, digits: Int)?)
  case iso

  /// The style of the first table among `tables` (the page's own first, then its site's) whose
  /// dates are written plainly; ISO when none is (it reads the same in any order).
  static func learn(_ tables: [(TaskTable, SourceFile)]) -> TableDateStyle {
    for (table, source) in tables {
      if let style = learn(table, source) { return style }
    }
    return .iso
  }

  /// The style of `table`'s plain dates (no ranges, no markup), or nil when it has none.
  static func learn(_ table: TaskTable, _ source: SourceFile) -> TableDateStyle? {
    let cells = table.rows.flatMap { [$0.start, $0.end].compactMap { $0 } }.filter {
      $0.date != nil && $0.rangeEnd == nil
    }
    var padded: (day: Bool?, month: Bool?) = (nil, nil)
    var shape: (String, (String, Int)?)?
    let order = table.dateOrder?.order ?? .dayFirst
    for cell in cells {
      guard let written = NumericDateText(source, cell), let date = cell.date else { continue }
      let (dayText, monthText) = order == .dayFirst ? (written.first, written.second) : (written.second, written.first)
      if date.day < 10 && padded.day == nil { padded.day = dayText.count == 2 }
      if date.month < 10 && padded.month == nil { padded.month = monthText.count == 2 }
      if shape == nil { shape = (written.separator, written.year.map { ($0.separator, $0.digits.count) }) }
    }
    if let (separator, year) = shape {
      return .numeric(
        order: order, separator: separator, padDay: padded.day ?? true, padMonth: padded.month ?? true,
        year: year.map { (separator: $0.0, digits: $0.1) })
    }
    let iso = cells.contains { CalendarDate.parseISO($0.raw.value) != nil && $0.raw.value.count == 10 }
    return iso ? .iso : nil
  }

  /// `date` written in this style.
  func write(_ date: CalendarDate) -> String {
    switch self {
    case .iso: return date.description
    case .numeric(let order, let separator, let padDay, let padMonth, let year):
      let day = TableDateStyle.number(date.day, pad: padDay)
      let month = TableDateStyle.number(date.month, pad: padMonth)
      var text = order == .dayFirst ? day + separator + month : month + separator + day
      if let year {
        let digits = year.digits == 2 ? TableDateStyle.number(date.year % 100, pad: true) : String(date.year)
        text += year.separator + digits
      }
      return text
    }
  }

  private static func number(_ n: Int, pad: Bool) -> String { pad && n < 10 ? "0\(n)" : String(n) }
}
