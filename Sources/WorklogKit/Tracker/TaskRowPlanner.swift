/// Works out a `TaskTableEdit` for one pipe table: which row takes the task, and the bytes.
struct TaskRowPlanner {
  var page: Worklog
  var table: TaskTable
  var layout: PipeTableLayout
  var taskColumn: Int
  var addition: TaskAddition
  var dates: TableDateStyle

  private var source: SourceFile { page.source }
  private var columns: TaskColumns { table.columns }
  private var date: CalendarDate { addition.date }

  func plan() throws(TrackerError) -> TaskTableEdit {
    let rows = table.rows
    let sameDay = rows.indices.filter {
      rows[$0].startDate == date || rows[$0].startDate == nil && rows[$0].endDate == date
    }
    if let empty = sameDay.first(where: { isBlank(rows[$0], taskColumn) }) { return try fill(empty, datesToo: false) }
    if sameDay.count == 1 { return try join(sameDay[0]) }
    if sameDay.isEmpty {
      // A day row with no dates yet (`| 3 |  |  |  |`): the day's row, its dates written too.
      let undated = rows.indices.first { i in
        rows[i].startDate == nil && rows[i].endDate == nil && rows[i].weekday == date.weekday
          && [columns.start, columns.end].allSatisfy { $0.map { isBlank(rows[i], $0) } ?? true }
      }
      if let i = undated { return isBlank(rows[i], taskColumn) ? try fill(i, datesToo: true) : try join(i) }
    }
    // Several rows for the day: the table writes one task per row, so one more row after them.
    return try insert(after: sameDay.last)
  }

  // MARK: - Editing a row

  private func isBlank(_ row: TaskEntry, _ column: Int) -> Bool {
    guard let cell = row.cells[safe: column] else { return true }
    let text = cell.value.trimmingSpaces
    return text.isEmpty || text == "-" || text == "–" || text == "—"
  }

  private func geometry(_ index: Int) throws(TrackerError) -> PipeRow {
    let row = table.rows[index]
    guard let geometry = PipeRow(source.bytes, line: source.byteRange(ofLine: row.line)) else {
      throw TrackerError("\(page.path):\(row.line): the row could not be read; nothing changed")
    }
    guard geometry.cells.count <= layout.header.cells.count, geometry.cells.count > taskColumn else {
      throw TrackerError(
        "\(page.path):\(row.line): the row has \(geometry.cells.count) cells under \(layout.header.cells.count) columns; run 'worklog fix' or mend it by hand first"
      )
    }
    return geometry
  }

  private func fill(_ index: Int, datesToo: Bool) throws(TrackerError) -> TaskTableEdit {
    let row = table.rows[index]
    let geometry = try geometry(index)
    var task = addition.cellText
    var edits: [TextEdit] = []
    if let link = try referenceEdit(row, geometry, &task) { edits.append(link) }
    edits.append(
      TextEdit(
        range: geometry.cells[taskColumn].inside,
        with: layout.inside(task, like: geometry.cells[taskColumn], column: taskColumn)))
    if datesToo {
      for column in [columns.start, columns.end].compactMap({ $0 }) {
        guard let cell = geometry.cells[safe: column] else { continue }
        edits.append(TextEdit(range: cell.inside, with: layout.inside(dates.write(date), like: cell, column: column)))
      }
    }
    return edit(.filled, edits, row: index, line: row.line, taskMarkdown: task, datesWritten: datesToo)
  }

  private func join(_ index: Int) throws(TrackerError) -> TaskTableEdit {
    let row = table.rows[index]
    let geometry = try geometry(index)
    let old = row.cells[safe: taskColumn]?.value ?? ""
    let others = table.rows.compactMap { $0.cells[safe: taskColumn]?.value }
    let style = CellJoin.learn(old, others: others)
    var task = addition.cellText
    var edits: [TextEdit] = []
    if let link = try referenceEdit(row, geometry, &task) { edits.append(link) }
    let added = style.separator + style.item(task)
    edits.append(append(added, to: geometry.cells[taskColumn], column: taskColumn))
    return edit(.joined, edits, row: index, line: row.line, taskMarkdown: old + style.separator + style.item(task))
  }

  /// `text` written after a cell's content; in a left-aligned cell padded to a width (its
  /// table's, or its row's own spaces beyond one) it takes the place of trailing spaces it fits
  /// in, so the pipes after it stay where they were.
  private func append(_ text: String, to cell: PipeRow.Cell, column: Int) -> TextEdit {
    let end = cell.content.upperBound
    if layout.isPadded || cell.trailing > 1, layout.alignment(column) == .left, cell.trailing - 1 >= text.count {
      return TextEdit(range: end..<(end + text.count), with: text)
    }
    return .insert(text, at: end)
  }

  /// The edit of the row's reference cell for `--ref`; without a reference column the link
  /// goes at the end of the task text.
  private func referenceEdit(_ row: TaskEntry, _ geometry: PipeRow, _ task: inout String) throws(TrackerError)
    -> TextEdit?
  {
    guard let link = addition.reference else { return nil }
    let written = ReferenceStyle.write(link, cells: table.rows.compactMap { $0.referenceCell?.value })
    guard let column = columns.references else {
      task += " " + written
      return nil
    }
    guard let cell = geometry.cells[safe: column] else {
      throw TrackerError("\(page.path):\(row.line): the row has no reference cell; add the reference by hand")
    }
    let old = row.cells[safe: column]?.value ?? ""
    if ReferenceStyle.isPlaceholder(old) {
      return TextEdit(range: cell.inside, with: layout.inside(written, like: cell, column: column))
    }
    let others = table.rows.compactMap { $0.referenceCell?.value }
    let separator = ([old] + others).lazy.compactMap(CellJoin.separator(in:)).first ?? "<br>"
    return append(separator + written, to: cell, column: column)
  }

  private func edit(
    _ kind: TaskTableEdit.Kind, _ edits: [TextEdit], row: Int, line: Int, taskMarkdown: String,
    datesWritten: Bool = false
  ) -> TaskTableEdit {
    TaskTableEdit(
      path: page.path, kind: kind, edits: edits, row: row, line: line,
      expectedText: InlineTextReader.read(taskMarkdown.replacingAll("\\|", with: "|")).text, date: date,
      expectedURL: addition.reference?.url, datesWritten: datesWritten)
  }

  // MARK: - A new row

  private func insert(after sameDay: Int?) throws(TrackerError) -> TaskTableEdit {
    let rows = table.rows
    let anchor = sameDay ?? anchorRow()
    // The line the new row follows: a row's, or the separator's when it comes first.
    let anchorLine = anchor.map { rows[$0].line } ?? layout.separatorLine
    let template = templateRow(near: anchor)
    var cells = Array(repeating: "", count: template.row.cells.count)
    var task = addition.cellText
    if let link = addition.reference {
      let written = ReferenceStyle.write(link, cells: rows.compactMap { $0.referenceCell?.value })
      if let column = columns.references, column < cells.count {
        cells[column] = written
      } else {
        task += " " + written
      }
    }
    guard taskColumn < cells.count else {
      throw TrackerError("\(page.path): the table's rows have no Task cell to copy; add the task by hand")
    }
    cells[taskColumn] = task
    for column in [columns.start, columns.end].compactMap({ $0 }) where column < cells.count {
      cells[column] = dates.write(date)
    }
    if let day = columns.day, day < cells.count, day != columns.start {
      cells[day] = dayCell(anchor: anchor) ?? ""
    }
    var line = ""
    var at = template.row.line.lowerBound
    for (i, cell) in template.row.cells.enumerated() {
      line += source.text(bytes: at..<cell.inside.lowerBound)
      line += layout.inside(cells[i], like: cell, column: i)
      at = cell.inside.upperBound
    }
    line += source.text(bytes: at..<template.row.line.upperBound)
    let newline = String(decoding: layout.newline, as: UTF8.self)
    let offset = source.lineEnds[anchorLine - 1]
    let index = rows.filter { $0.line <= anchorLine }.count
    return edit(.inserted, [.insert(newline + line, at: offset)], row: index, line: anchorLine + 1, taskMarkdown: task)
  }

  /// The row the new one follows: the last dated before the day, else the row before the first
  /// dated after it; by weekday when no row is dated; else the last row.
  private func anchorRow() -> Int? {
    let rows = table.rows
    let dated = rows.indices.filter { (rows[$0].startDate ?? rows[$0].endDate) != nil }
    if !dated.isEmpty {
      if let before = dated.last(where: { (rows[$0].startDate ?? rows[$0].endDate)! <= date }) { return before }
      let after = dated.first!
      return after == 0 ? nil : after - 1
    }
    let days = rows.indices.filter { rows[$0].weekday != nil }
    if !days.isEmpty {
      if let before = days.last(where: { rows[$0].weekday! <= date.weekday }) { return before }
      return days.first! == 0 ? nil : days.first! - 1
    }
    return rows.isEmpty ? nil : rows.count - 1
  }

  /// A row to copy the new one's spacing from: the anchor, the row after it, any row with as
  /// many cells as the header, else the header itself.
  private func templateRow(near anchor: Int?) -> (row: PipeRow, isHeader: Bool) {
    let rows = table.rows
    let width = layout.header.cells.count
    var order: [Int] = []
    if let anchor { order += [anchor, anchor + 1] } else { order.append(0) }
    order += Array(rows.indices)
    for i in order where rows.indices.contains(i) {
      if let row = PipeRow(source.bytes, line: source.byteRange(ofLine: rows[i].line)), row.cells.count == width {
        return (row, false)
      }
    }
    return (layout.header, true)
  }

  /// The Day cell of the new row in the style of the rows around it (the anchor's first).
  private func dayCell(anchor: Int?) -> String? {
    let rows = table.rows
    guard let day = columns.day else { return nil }
    var order: [Int] = []
    if let anchor { order += [anchor, anchor + 1] } else { order.append(0) }
    order += Array(rows.indices)
    for i in order where rows.indices.contains(i) {
      guard let written = rows[i].cells[safe: day]?.value.trimmingSpaces, !written.isEmpty,
        let style = DayCellStyle.learn(written, weekday: rows[i].weekday, numbering: table.dayNumbering)
      else { continue }
      let previous = anchor.flatMap { rows[$0].cells[safe: day] }.flatMap { DayLabel.parse($0.value).numbers.last }
      return style.write(date, previous: previous, dates: dates)
    }
    return nil
  }
}
