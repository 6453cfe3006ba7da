/// Picks a page's task table among its tables and reads its rows.
enum TaskTableReader {
  /// How well a table looks like a task table's, from its columns' roles; 0 when it is not one:
  /// it needs a task column that holds text and a day or date column beside it.
  static func score(_ reading: ColumnRoles.Reading) -> Int {
    let c = reading.columns
    guard let task = c.task, c.day != nil || c.start != nil || c.end != nil else { return 0 }
    // The task column holds descriptions: under a task header, text or links; under any other
    // header, text of some length (`Train`, `Test` in a data table are labels).
    let content = reading.contents[task]
    let named = reading.headerNamesTask[task]
    if content.cells > 0, content.share(named ? content.texts + content.links : content.long) < 0.3 { return 0 }
    var s = 2
    if c.start != nil { s += 2 }
    if c.day != nil { s += 1 }
    if c.end != nil { s += c.start == nil ? 2 : 1 }
    if c.references != nil { s += 1 }
    return s
  }

  /// The columns' roles, weighed from the header and the cells.
  ///
  /// Every cell is read here once; the reading keeps them for `read`.
  static func roles(_ raw: RawTable, file: SourceFile) -> ColumnRoles.Reading {
    let ranges = file.ranges(ofCells: raw.header.cells.map(\.bytes))
    let header = raw.header.cells.indices.map {
      Located(InlineTextReader.read(raw.header.cells[$0].markdown).text, ranges[$0])
    }
    return ColumnRoles.decide(header, cells: raw.rows.map { $0.cells.map { ReadCell($0.markdown) } })
  }

  /// The task table: the best table inside the tasks section if it has one, else the best table
  /// anywhere that looks enough like one.
  ///
  /// The chosen table comes with its columns' roles, so `read` does not weigh them again. The
  /// tables inside the section are weighed first: when one of them is taken, the others are
  /// never read.
  static func choose(_ tables: [RawTable], taskLines: [ClosedRange<Int>], file: SourceFile) -> Chosen? {
    var scored: [(Chosen, Int)?] = Array(repeating: nil, count: tables.count)
    func weighed(_ i: Int) -> (Chosen, Int) {
      if let done = scored[i] { return done }
      let reading = roles(tables[i], file: file)
      let done = (Chosen(table: tables[i], roles: reading), score(reading))
      scored[i] = done
      return done
    }
    // `max(by:)` keeps the first of equals, so the tables are weighed in their order.
    var best: (Chosen, Int)?
    for i in tables.indices where taskLines.contains(where: { $0.contains(tables[i].lines.lowerBound) }) {
      let t = weighed(i)
      if t.1 >= 2, best.map({ $0.1 < t.1 }) ?? true { best = t }
    }
    if let best { return best.0 }
    var anywhere: (Chosen, Int)?
    for i in tables.indices {
      let t = weighed(i)
      guard t.1 >= 3 else { continue }
      if let a = anywhere, !(a.1 < t.1 || (a.1 == t.1 && a.0.table.lines.lowerBound > t.0.table.lines.lowerBound)) {
        continue
      }
      anywhere = t
    }
    return anywhere?.0
  }

  /// `choose` as it was first written, every table weighed: the reference `choose` is tested
  /// against.
  static func chooseWeighingAll(_ tables: [RawTable], taskLines: [ClosedRange<Int>], file: SourceFile) -> Chosen? {
    let scored = tables.map { table in
      let reading = roles(table, file: file)
      return (Chosen(table: table, roles: reading), score(reading))
    }
    let inSection = scored.filter { t in taskLines.contains { $0.contains(t.0.table.lines.lowerBound) } }
    if let best = inSection.filter({ $0.1 >= 2 }).max(by: { $0.1 < $1.1 }) { return best.0 }
    return scored.filter { $0.1 >= 3 }.max { a, b in
      a.1 < b.1 || (a.1 == b.1 && a.0.table.lines.lowerBound > b.0.table.lines.lowerBound)
    }?.0
  }

  /// A table taken for the task table, and its columns' roles.
  struct Chosen {
    var table: RawTable
    var roles: ColumnRoles.Reading
  }

  /// Reads `raw` into a task table; dates are read with the order inferred from the table itself
  /// and its page (`pageYear`: a year written elsewhere on the page).
  static func read(
    _ raw: RawTable, file: SourceFile, frontMatterDate: CalendarDate?, pageYear: Int? = nil,
    roles: ColumnRoles.Reading? = nil
  ) -> TaskTable {
    // The roles' reading has the header and every cell read already.
    let given = roles.flatMap { r in
      r.header.count == raw.header.cells.count && r.cells.count == raw.rows.count ? r : nil
    }
    let header =
      given?.header ?? raw.header.cells.map { Located(InlineTextReader.read($0.markdown).text, file.range($0.bytes)) }
    let decision = (roles ?? ColumnRoles.decide(header, rows: raw.rows)).decision
    let columns = decision.value
    var ragged: [(Int, Int, Int, Bool)] = []
    var rows: [TaskEntry] = []
    rows.reserveCapacity(raw.rows.count)
    // The cells read, taken out of the roles' reading once.
    let givenCells = given?.cells
    for (r, row) in raw.rows.enumerated() {
      if row.cells.allSatisfy({ CellBytes.isBlank($0.markdown) }) { continue }
      if row.cells.count != header.count {
        ragged.append((rows.count, row.cells.count, header.count, startHoldsDate(row.cells, columns)))
      }
      let cells = reconcile(row.cells, expected: header.count, columns: columns, source: raw.kind == .pipe ? file : nil)
      // A row fitted back to the header has new cells: they are read anew.
      let read = row.cells.count > header.count ? nil : givenCells?[r]
      rows.append(entry(cells, read: read, row: row, columns: columns, file: file))
    }
    // The rows are moved into the table: `DateInference` then writes them in place, without
    // copying the array.
    var table = TaskTable(
      kind: raw.kind == .pipe ? .pipe : .html, header: header, columns: columns, rows: consume rows,
      raggedRows: ragged, dateOrder: nil, dayNumbering: nil, lines: raw.lines, columnsDecision: decision)
    DateInference.apply(to: &table, inputs: DateInputs(frontMatterDate: frontMatterDate, pageYear: pageYear))
    return table
  }

  /// Fits a row with an unescaped `|` back to the header: the extra cells rejoin the task cell
  /// when that moves a date into the start column, else the last cell.
  ///
  /// With `source` (a pipe table), the rejoined cell is the row's text as written between its
  /// first and last part, so `?method=tools|manual` keeps its pipe without added spaces.
  static func reconcile(_ cells: [RawCell], expected: Int, columns: TaskColumns, source: SourceFile? = nil) -> [RawCell]
  {
    guard cells.count > expected, expected > 0 else { return cells }
    let extra = cells.count - expected
    var into = expected - 1
    if let task = columns.task, let start = columns.start, start > task {
      // A date already in the start column means the extra cells trail the row (`| (https://…) |`).
      if !holdsDate(cells[safe: start]), holdsDate(cells[safe: start + extra]) { into = task }
    }
    var out = Array(cells[..<into])
    let merged = cells[into...(into + extra)]
    let span = merged.first!.bytes.lowerBound..<merged.last!.bytes.upperBound
    let markdown =
      source.map { $0.text(bytes: span).replacingAll("\\|", with: "|") }
      ?? merged.map(\.markdown).joined(separator: " | ")
    out.append(RawCell(bytes: span, markdown: markdown))
    out += cells[(into + extra + 1)...]
    return out
  }

  /// Whether a cell reads as a date (or a range of dates).
  private static func holdsDate(_ cell: RawCell?) -> Bool {
    guard let cell, let reading = DateReading.parse(InlineTextReader.read(cell.markdown).text) else { return false }
    return reading != .notADate && reading != .malformed
  }

  private static func entry(
    _ cells: [RawCell], read given: [ReadCell]?, row: RawRow, columns: TaskColumns, file: SourceFile
  )
    -> TaskEntry
  {
    let read = given ?? cells.map { ReadCell($0.markdown) }
    let ranges = file.ranges(ofCells: cells.map(\.bytes))
    // A column's fields are read where its cell lies: no cell is copied whole.
    func column(_ i: Int?) -> Int? {
      guard let i, cells.indices.contains(i) else { return nil }
      return i
    }
    var broken: [Located<String>] = []
    for i in cells.indices where !read[i].inline.brokenLinks.isEmpty {
      for b in read[i].inline.brokenLinks { broken.append(Located(b, ranges[i])) }
    }
    let day = column(columns.day).map { Located(read[$0].line, ranges[$0]) }
    let task = column(columns.task).map { Located(read[$0].inline, ranges[$0]) }
    func dateCell(_ i: Int?) -> DateCell? {
      guard let i = column(i) else { return nil }
      let text = read[i].line
      return DateCell(
        raw: Located(text, ranges[i]), date: nil, rangeEnd: nil, problem: nil, reading: DateReading.parse(text))
    }
    let refCell = column(columns.references)
    var references = refCell.map { read[$0].inline.links } ?? []
    if refCell == nil, columns.references == nil, let t = task { references = t.value.links.filter { $0.url != nil } }
    if let refCell, references.isEmpty, let t = task {
      // Links written in the task cell still count when the reference cell is empty.
      if CellBytes.isBlank(cells[refCell].markdown) { references = t.value.links.filter { $0.url != nil } }
    }
    var entry = TaskEntry(
      range: file.range(row.bytes), cells: cells.indices.map { Located(cells[$0].markdown, ranges[$0]) },
      day: day, weekday: nil, weekdayEnd: nil, task: task, start: dateCell(columns.start), end: dateCell(columns.end),
      references: references, referenceCell: refCell.map { Located(cells[$0].markdown, ranges[$0]) },
      brokenLinks: broken)
    // A lone date column with no Day column names the day the work was done (`Date | Work`);
    // beside a Day column it is a start date whose end was not written.
    entry.endsWhenItStarts = columns.start != nil && columns.end == nil && columns.day == nil
    entry.readCells = read.map(\.inline)
    return entry
  }
}
