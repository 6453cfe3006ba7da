/// A task row's date cells with the names messages give them, start then completion
/// (`TaskEntry.dateCells`): a fixed pair walked in place, so the date rules make no array per row.
struct RowDateCells: Sequence {
  /// The start cell, if the row has one.
  let start: DateCell?
  /// The completion cell, if the row has one.
  let end: DateCell?

  func makeIterator() -> Iterator { Iterator(cells: self) }

  /// Yields `("start", start)` then `("completion", end)`, each only when the cell is there.
  struct Iterator: IteratorProtocol {
    let cells: RowDateCells
    var step = 0

    mutating func next() -> (name: String, cell: DateCell)? {
      while step < 2 {
        step += 1
        if step == 1, let start = cells.start { return ("start", start) }
        if step == 2, let end = cells.end { return ("completion", end) }
      }
      return nil
    }
  }
}
