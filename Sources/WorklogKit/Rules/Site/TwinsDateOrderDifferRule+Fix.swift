extension TwinsDateOrderDifferRule {
  /// Every numeric date of `page`'s task table rewritten in `order` (the twin's): its two
  /// first fields swapped, separators, padding and year kept. Offered only when every dated
  /// cell is such a date (no ranges, no markup), so the table never ends up in two orders.
  /// Unsafe: the twin, not the page, decides the order.
  func orderFix(_ page: Worklog, to order: DateOrder) -> Fix? {
    guard let table = page.tasks else { return nil }
    var edits: [TextEdit] = []
    for row in table.rows {
      for cell in [row.start, row.end].compactMap({ $0 }) where cell.date != nil {
        guard cell.rangeEnd == nil else { return nil }
        if case .fixed = cell.reading { continue }
        guard let written = NumericDateText(page.source, cell) else { return nil }
        guard written.first != written.second else { continue }
        var swapped = written
        swapped.first = written.second
        swapped.second = written.first
        edits.append(TextEdit(range: written.range, with: swapped.text))
      }
    }
    guard !edits.isEmpty else { return nil }
    return Fix("write the dates \(Self.name(order))", .unsafe, edits: edits, changesDates: true)
  }
}
