/// What a task table's dates are read with besides its own cells: the page around it.
struct DateInputs: Sendable, Hashable {
  /// The front matter `date`.
  var frontMatterDate: CalendarDate?
  /// A year written elsewhere on the page (a `Period:` line, a heading's `(9–18 Apr 2026)`),
  /// for dates written without one when the table itself has none.
  var pageYear: Int?
}
