/// A task table's dates as its page read them (`DateInference.apply`), kept on the table so the
/// site's re-reading (`TwinEvidence`) does not read them again.
///
/// A reference, so a copy of the table costs one retain however many lists the dates hold.
final class KeptTableDates: Sendable {
  let dates: TableDates

  init(_ dates: TableDates) { self.dates = dates }

  /// The kept dates, when they are the ones `table` would read with `inputs` now: read with the
  /// same inputs, from as many rows.
  static func dates(of table: TaskTable, inputs: DateInputs) -> TableDates? {
    guard let kept = table.keptDates, kept.dates.inputs == inputs, kept.dates.rows.count == table.rows.count else {
      return nil
    }
    return kept.dates
  }
}
