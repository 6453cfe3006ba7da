/// Reads a week's tasks when they are not written as a table: a heading per day with the day's
/// work below it, or a bullet list under the tasks heading.
enum TaskListReader {
  /// The tasks of a page with no task table, or nil when it writes none in either shape.
  ///
  /// Day headings count when at least two at one level open days; a list counts when the tasks
  /// section holds list items (not only paragraphs).
  static func read(
    _ file: SourceFile, _ lines: ArraySlice<MarkdownLine>, sections: [Section], tables: [ClosedRange<Int>],
    frontMatterDate: CalendarDate?
  ) -> TaskTable? {
    if let table = dayHeadings(file, lines, tables: tables, frontMatterDate: frontMatterDate) { return table }
    return list(file, lines, sections: sections, tables: tables)
  }

  // MARK: Day headings

  private static func dayHeadings(
    _ file: SourceFile, _ lines: ArraySlice<MarkdownLine>, tables: [ClosedRange<Int>], frontMatterDate: CalendarDate?
  ) -> TaskTable? {
    var found: [(index: Int, level: Int, heading: DayHeading)] = []
    for i in lines.indices {
      guard case .heading(let level) = lines[i].kind,
        let day = DayHeading.parse(SectionReader.headingText(file, lines[i].content))
      else { continue }
      found.append((i, level, day))
    }
    // The level most day headings use, if two or more do.
    var perLevel: [Int: Int] = [:]
    for f in found { perLevel[f.level, default: 0] += 1 }
    guard let (level, count) = perLevel.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
      count >= 2
    else {
      return nil
    }
    let heads = found.filter { $0.level == level }
    var rows: [TaskEntry] = []
    for head in heads {
      // The day runs to the next heading at its level or above.
      var end = head.index + 1
      while end < lines.endIndex {
        if case .heading(let l) = lines[end].kind, l <= level { break }
        end += 1
      }
      let headLine = lines[head.index]
      let body = lines[(head.index + 1)..<end]
      let items = ListReader.read(file, body, skipping: tables).items
      var textItems: [TextItem] = []
      var links: [Reference] = []
      if !head.heading.topic.isEmpty { textItems.append(TextItem(text: head.heading.topic, level: 1)) }
      let shift = head.heading.topic.isEmpty ? 0 : 1
      for item in items {
        textItems.append(TextItem(text: item.text, level: item.level + shift))
        links += item.links
      }
      let headingRange = file.range(headLine.content)
      let lastLine = body.last(where: { if case .blank = $0.kind { return false } else { return true } }) ?? headLine
      let whole = file.range(
        headLine.content.lowerBound..<max(headLine.content.upperBound, lastLine.content.upperBound))
      let inline = InlineText(
        text: textItems.map(\.text).joined(by: "\n"), items: textItems, links: links, brokenLinks: [],
        hasControlCharacters: false)
      let start = head.heading.date.map { text in
        DateCell(
          raw: Located(text, headingRange), date: nil, rangeEnd: nil, problem: nil, reading: DateReading.parse(text))
      }
      rows.append(
        TaskEntry(
          range: whole, cells: [], day: Located(head.heading.label, headingRange), weekday: nil, weekdayEnd: nil,
          task: Located(inline, textItems.isEmpty ? headingRange : whole), start: start, end: nil,
          references: links.filter { $0.url != nil }, referenceCell: nil, brokenLinks: [], endsWhenItStarts: true))
    }
    guard let first = heads.first, let last = rows.last else { return nil }
    var table = TaskTable(
      kind: .dayHeadings, header: [], columns: TaskColumns(), rows: rows, raggedRows: [], dateOrder: nil,
      dayNumbering: nil, lines: lines[first.index].number...last.range.end.line)
    DateInference.apply(to: &table, inputs: DateInputs(frontMatterDate: frontMatterDate, pageYear: nil))
    // `Day 1 … Day 5` counts from Monday; `Day 2 … Day 6` (as `Thứ 2 … Thứ 6`) from Sunday.
    let numbers = heads.compactMap { h -> Int? in
      if case .ordinal(let n) = h.heading.reading { return n } else { return nil }
    }
    let numbering: DayNumbering? =
      numbers.isEmpty ? nil : (numbers.contains(1) || numbers.contains { $0 > 8 } ? .ordinal : .vietnamese)
    table.dayNumbering = numbering
    for (i, head) in heads.enumerated() {
      let byNumber: Int? = numbering.flatMap { n in
        guard case .ordinal(let k) = head.heading.reading else { return nil }
        return DayLabel.number(k).weekday(numbering: n)
      }
      table.rows[i].weekday = head.heading.namedWeekday ?? table.rows[i].start?.date?.weekday ?? byNumber
      table.rows[i].weekdayEnd = nil
    }
    return table
  }

  // MARK: List

  private static func list(
    _ file: SourceFile, _ lines: ArraySlice<MarkdownLine>, sections: [Section], tables: [ClosedRange<Int>]
  ) -> TaskTable? {
    guard let firstLine = lines.first?.number else { return nil }
    for section in sections where section.kind == .tasks {
      let inner =
        section.detectedBy == .structure
        ? section.lines : (section.lines.lowerBound + 1)...max(section.lines.lowerBound + 1, section.lines.upperBound)
      let lo = max(inner.lowerBound - firstLine + lines.startIndex, lines.startIndex)
      let hi = min(inner.upperBound - firstLine + lines.startIndex + 1, lines.endIndex)
      guard lo < hi else { continue }
      let slice = lines[lo..<hi]
      let listLines = Set(
        slice.filter { if case .listItem = $0.kind { return true } else { return false } }.map(\.number))
      let items = ListReader.read(file, slice, skipping: tables).nodes { !$0.isGroup && listLines.contains($0.line) }
      guard !items.isEmpty else { continue }
      var rows: [TaskEntry] = []
      rows.reserveCapacity(items.count)
      // The row being read (when `firstRange` is set): its top-level item's range, its items and
      // links, its last line. Kept in plain variables, not an optional tuple: each test or
      // change of one copied the whole tuple, entry and arrays.
      var firstRange: SourceRange?
      var openItems: [TextItem] = []
      var openLinks: [Reference] = []
      var lastLine = 0
      func close() {
        guard let first = firstRange else { return }
        let firstLine = first.start.line
        let end = file.lineEnds[min(lastLine, file.lineCount) - 1]
        let whole = file.range(file.lineStarts[firstLine - 1]..<max(end, file.lineStarts[firstLine - 1]))
        let inline = InlineText(
          text: openItems.map(\.text).joined(by: "\n"), items: openItems, links: openLinks, brokenLinks: [],
          hasControlCharacters: false)
        rows.append(
          TaskEntry(
            range: whole, cells: [], day: nil, weekday: nil, weekdayEnd: nil, task: Located(inline, first),
            start: nil,
            end: nil, references: openLinks.filter { $0.url != nil }, referenceCell: nil, brokenLinks: []))
        firstRange = nil
      }
      let top = items.map(\.level).min() ?? 1
      // By index: an entry is read field by field, never copied whole.
      for k in items.indices {
        if items[k].level == top {
          close()
          firstRange = items[k].range
          openItems = [TextItem(text: items[k].text, level: 1)]
          openLinks = items[k].links
          lastLine = items[k].line
        } else if firstRange != nil {
          openItems.append(TextItem(text: items[k].text, level: items[k].level - top + 1))
          openLinks += items[k].links
          lastLine = items[k].line
        }
      }
      close()
      guard let first = items.first, let last = items.last else { continue }
      return TaskTable(
        kind: .list, header: [], columns: TaskColumns(), rows: rows, raggedRows: [], dateOrder: nil, dayNumbering: nil,
        lines: first.line...last.line)
    }
    return nil
  }
}
