/// The indices of the task table rows a rule reads: every row but the `skipped` ones
/// (`TaskTable.rowIndicesInPlace`, `rowIndicesOfHeaderWidth`).
///
/// A rule walks these and reads each row's fields where they are (`table.rows[i].start`): a
/// `for row in rows` loop, or an array of the kept rows, copies every `TaskEntry` (a dozen
/// references retained and released) for the few fields a rule looks at.
struct TableRowIndices: Sequence {
  /// The number of rows in the table.
  let count: Int
  /// The rows left out; empty for most tables (an empty set allocates nothing).
  let skipped: Set<Int>

  func makeIterator() -> Iterator { Iterator(count: count, skipped: skipped) }

  /// The indices `0..<count` in order, less the skipped ones.
  struct Iterator: IteratorProtocol {
    let count: Int
    let skipped: Set<Int>
    var position = 0

    init(count: Int, skipped: Set<Int>) {
      self.count = count
      self.skipped = skipped
    }

    mutating func next() -> Int? {
      while position < count {
        let i = position
        position += 1
        if skipped.isEmpty || !skipped.contains(i) { return i }
      }
      return nil
    }
  }
}
