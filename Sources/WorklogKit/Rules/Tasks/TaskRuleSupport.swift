/// How the WL3xx rules name dates and weekdays, and what they take for an empty cell.
enum TaskText {
  private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  /// The English name of an ISO weekday (1 = Monday).
  static func weekdayName(_ weekday: Int) -> String { weekdays[safe: weekday - 1] ?? "day \(weekday)" }

  /// `DD/MM/YYYY` or `MM/DD/YYYY`, as the table writes its dates.
  static func pattern(_ order: DateOrder?) -> String { order == .monthFirst ? "MM/DD/YYYY" : "DD/MM/YYYY" }

  /// Whether `label` may hold `week` or `tuần` once folded (`foldedForMatching`): false when it
  /// has no `w` and not all of `t`, `u`, `n` in either case. Folding keeps ASCII letters ASCII
  /// and makes none (no other letter lower-cases to one of these), so the words need them.
  static func mayNameAWeek(_ label: String) -> Bool {
    var t = false
    var u = false
    var n = false
    for b in label.utf8 {
      switch b | 0x20 {
      case 0x77: return true  // w
      case 0x74: t = true
      case 0x75: u = true
      case 0x6E: n = true
      default: break
      }
    }
    return t && u && n
  }

  /// Text that stands for "nothing here": `-`, `...`, `N/A`, `None`, `Không`.
  static func isPlaceholder(_ text: String) -> Bool {
    // A digit or a letter no placeholder word has settles most task text from its bytes.
    CellBytes.mayBePlaceholder(text) && isPlaceholderByWords(text)
  }

  /// `isPlaceholder` without the byte screen: the reference.
  static func isPlaceholderByWords(_ text: String) -> Bool {
    // Every placeholder word is short; a long text can only be a run of dashes (stops at a letter).
    if text.utf8.count > 32 { return text.unicodeScalars.allSatisfy { " *_`.:-–—_/x…\n".unicodeScalars.contains($0) } }
    let t = text.foldedForMatching.trimmingCharacters(in: " *_`.:")
    if t.isEmpty { return true }
    if t.allSatisfy({ "-–—_/x…".contains($0) }) { return true }
    return ["n/a", "na", "none", "no", "nil", "null", "tbd", "không", "không có", "khong", "khong co", "trống"]
      .contains(t)
  }
}

extension DateCell {
  /// Whether the year was written in the cell rather than taken from the table or the page.
  var hasWrittenYear: Bool { reading?.year != nil }

  /// Whether the cell reads as a real day under `order` (a year-less cell is tried in a leap year).
  func isDate(under order: DateOrder) -> Bool {
    guard let reading else { return false }
    return reading.resolve(order: order, defaultYear: reading.year ?? 2024).0 != nil
  }

  /// The numeric fields above 12 say which order the cell is written in, if they do.
  var writtenOrder: DateOrder? { reading.flatMap(DateCell.order(of:)) }

  static func order(of reading: DateReading) -> DateOrder? {
    var day = 0
    var month = 0
    for (a, b) in reading.numericFields {
      if a > 12 && b <= 12 { day += 1 }
      if b > 12 && a <= 12 { month += 1 }
    }
    if day > 0 && month == 0 { return .dayFirst }
    if month > 0 && day == 0 { return .monthFirst }
    return nil
  }
}

extension TaskEntry {
  /// The row's date cells with the names messages give them: start, then completion (no array
  /// made per row).
  var dateCells: RowDateCells { RowDateCells(start: start, end: end) }
}

extension TaskTable {
  /// The indices of the rows whose cells stand in their columns, for reading those rows where
  /// they are (`TableRowIndices`): all but rows with more cells than the header, whose cells may
  /// have been put back in the wrong place. row-cell-count reports those once.
  var rowIndicesInPlace: TableRowIndices {
    guard raggedRows.contains(where: { $0.cells > $0.expected }) else {
      return TableRowIndices(count: rows.count, skipped: [])
    }
    return TableRowIndices(count: rows.count, skipped: Set(raggedRows.filter { $0.cells > $0.expected }.map(\.row)))
  }

  /// The indices of the rows with exactly as many cells as the header (`TableRowIndices`). In a
  /// short row a later cell may have slid into a date or reference column, so text found there
  /// proves nothing about that column.
  var rowIndicesOfHeaderWidth: TableRowIndices {
    TableRowIndices(count: rows.count, skipped: raggedRows.isEmpty ? [] : Set(raggedRows.map(\.row)))
  }
}
