/// Picks a page's task table among its tables and reads its rows.
enum TaskTableReader {
  /// How well a table looks like a task table's, from its columns' roles; 0 when it is not one:
  /// it needs a task column that holds text and a day or date column beside it.
  static func score(_ reading: ColumnRoles.Reading) -> Int {
    let c = reading.decision.value
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
  static func roles(_ raw: RawTable, file: SourceFile) -> ColumnRoles.Reading {
    let header = raw.header.cells.map { Located(InlineTextReader.read($0.markdown).text, file.range($0.bytes)) }
    return ColumnRoles.decide(header, rows: raw.rows)
  }

  /// The task table: the best table inside the tasks section if it has one, else the best table
  /// anywhere that looks enough like one.
  ///
  /// The chosen table comes with its columns' roles, so `read` does not weigh them again.
  static func choose(_ tables: [RawTable], taskLines: [ClosedRange<Int>], file: SourceFile) -> Chosen? {
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
    let header = raw.header.cells.map { Located(InlineTextReader.read($0.markdown).text, file.range($0.bytes)) }
    let decision = (roles ?? ColumnRoles.decide(header, rows: raw.rows)).decision
    let columns = decision.value
    var ragged: [(Int, Int, Int, Bool)] = []
    var rows: [TaskEntry] = []
    for row in raw.rows {
      if row.cells.allSatisfy({ $0.markdown.trimmingSpaces.isEmpty }) { continue }
      if row.cells.count != header.count {
        ragged.append((rows.count, row.cells.count, header.count, startHoldsDate(row.cells, columns)))
      }
      let cells = reconcile(row.cells, expected: header.count, columns: columns, source: raw.kind == .pipe ? file : nil)
      rows.append(entry(cells, row: row, columns: columns, file: file))
    }
    var table = TaskTable(
      kind: raw.kind == .pipe ? .pipe : .html, header: header, columns: columns, rows: rows, raggedRows: ragged,
      dateOrder: nil, dayNumbering: nil, lines: raw.lines, columnsDecision: decision)
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

  private static func entry(_ cells: [RawCell], row: RawRow, columns: TaskColumns, file: SourceFile) -> TaskEntry {
    func located(_ i: Int?) -> (RawCell, SourceRange)? {
      guard let i, let cell = cells[safe: i] else { return nil }
      return (cell, file.range(cell.bytes))
    }
    var broken: [Located<String>] = []
    var readCache: [Int: InlineText] = [:]
    func read(_ i: Int) -> InlineText {
      if let r = readCache[i] { return r }
      let r = InlineTextReader.read(cells[i].markdown)
      readCache[i] = r
      return r
    }
    for i in cells.indices where !read(i).brokenLinks.isEmpty {
      for b in read(i).brokenLinks { broken.append(Located(b, file.range(cells[i].bytes))) }
    }
    let day = located(columns.day).map { Located(read(columns.day!).text.replacingAll("\n", with: " "), $0.1) }
    let task = located(columns.task).map { Located(read(columns.task!), $0.1) }
    func dateCell(_ i: Int?) -> DateCell? {
      guard let (_, range) = located(i) else { return nil }
      let text = read(i!).text.replacingAll("\n", with: " ")
      return DateCell(
        raw: Located(text, range), date: nil, rangeEnd: nil, problem: nil, reading: DateReading.parse(text))
    }
    let refCell = located(columns.references)
    var references = refCell.map { _ in read(columns.references!).links } ?? []
    if refCell == nil, columns.references == nil, let t = task { references = t.value.links.filter { $0.url != nil } }
    if let refCell, references.isEmpty, let t = task {
      // Links written in the task cell still count when the reference cell is empty.
      if refCell.0.markdown.trimmingSpaces.isEmpty { references = t.value.links.filter { $0.url != nil } }
    }
    var entry = TaskEntry(
      range: file.range(row.bytes), cells: cells.map { Located($0.markdown, file.range($0.bytes)) },
      day: day, weekday: nil, weekdayEnd: nil, task: task, start: dateCell(columns.start), end: dateCell(columns.end),
      references: references, referenceCell: refCell.map { Located($0.0.markdown, $0.1) }, brokenLinks: broken)
    // A lone date column with no Day column names the day the work was done (`Date | Work`);
    // beside a Day column it is a start date whose end was not written.
    entry.endsWhenItStarts = columns.start != nil && columns.end == nil && columns.day == nil
    entry.readCells = cells.indices.map { read($0) }
    return entry
  }
}
