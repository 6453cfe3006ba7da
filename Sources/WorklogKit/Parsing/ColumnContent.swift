/// What the written cells of one table column hold, counted cell by cell.
///
/// Empty cells and placeholders (`-`, `N/A`) are left out: they say nothing about the column.
struct ColumnContent: Sendable, Hashable {
  /// Cells that hold something.
  var cells = 0
  /// Cells that read as a date or a range of dates (`06/07/2026`, `04/05`, `May 4, 2026`), or
  /// are shaped like one (`29/10/20255`).
  var dates = 0
  /// Cells that name a weekday (`Mon`, `Thứ 2`, `Monday (06/07)`) or count days (`Day 3`).
  var weekdays = 0
  /// Cells that are a bare number below 100 (`2`, `17`): Thứ numbers, ordinals, running days.
  var numbers = 0
  /// Cells that are links and little else.
  var links = 0
  /// Cells with letters that are none of the above.
  var texts = 0
  /// Cells of eight words or more, with no link.
  var prose = 0
  /// Letters in the text cells, to find the column with the longest text.
  var letters = 0

  /// The share of the written cells that `count` makes, 0 when none is written.
  func share(_ count: Int) -> Double { cells == 0 ? 0 : Double(count) / Double(cells) }

  /// Letters per written cell.
  var lettersPerCell: Double { cells == 0 ? 0 : Double(letters) / Double(cells) }

  /// Counts the cells of column `index` in `rows`.
  static func count(_ rows: [RawRow], column index: Int) -> ColumnContent {
    var c = ColumnContent()
    for row in rows {
      guard let cell = row.cells[safe: index] else { continue }
      c.add(InlineTextReader.read(cell.markdown))
    }
    return c
  }

  private mutating func add(_ inline: InlineText) {
    let text = inline.text.replacingAll("\n", with: " ").trimmingSpaces
    if TaskText.isPlaceholder(text) { return }
    cells += 1
    if let n = Int(text.filter { $0 != "*" && $0 != "." }), (0..<100).contains(n) {
      numbers += 1
      return
    }
    if let reading = DateReading.parse(text), reading != .notADate {
      dates += 1
      return
    }
    switch DayLabel.parse(text) {
    case .weekday, .ordinal: weekdays += 1; return
    case .range(let a, let b) where !a.hasNumber && !b.hasNumber: weekdays += 1; return
    default: break
    }
    var rest = text
    for link in inline.links where link.url != nil { rest = rest.replacingAll(link.title, with: "") }
    let restLetters = rest.unicodeScalars.filter { $0.properties.isAlphabetic }.count
    if inline.links.contains(where: { $0.url != nil }), restLetters < 12 {
      links += 1
      return
    }
    let allLetters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
    guard allLetters >= 1 else { return }
    texts += 1
    letters += allLetters
    if inline.links.isEmpty, text.split(separator: " ").count >= 8 { prose += 1 }
  }
}
