/// Reads one page into the model. It always finishes: what it cannot interpret stays raw text
/// with its range, and the rules decide what is wrong.
public enum WorklogParser {
  /// Parses `file`; a page holding a whole term gives one worklog per week, others exactly one.
  ///
  /// `splitTerm: false` keeps a page whose headings name many weeks whole (an overview that
  /// lists the weeks, in a site that has week pages of its own).
  public static func parse(_ file: SourceFile, path: PagePath? = nil, splitTerm: Bool = true) -> [Worklog] {
    let pagePath = path ?? PagePath(file.path)
    let frontMatter = FrontMatterScanner.scan(file)
    let lines = MarkdownLineScanner.scan(file, from: frontMatter.bodyStartLine)
    let language = LanguageDecision.page(file, pagePath, bodyStart: frontMatter.bodyStartLine)
    let issues = fileIssues(file, lines)
    let title = PageIdentity.title(frontMatter, file, lines)
    let body = Body(file: file, lines: lines)
    // The names along the path, cut once for both readings of them.
    let names = PathNames(pagePath)
    let notAWeek = PageIdentity.notAWeek(pagePath, names: names, title: title?.value)

    if splitTerm, pagePath.week == nil, notAWeek != .day, notAWeek != .insideWeek, let segments = termSegments(body) {
      return segments.map { segment in
        var page = read(
          body, segment.lines, frontMatter: frontMatter, pagePath: pagePath, names: names, language: language,
          title: segment.heading)
        page.kind = .termWeek
        page.segment = segment.lines.first.map { $0.number...(segment.lines.last?.number ?? $0.number) }
        page.week = WeekNumber.decide([
          WeekEvidence(source: .heading, value: segment.week, range: segment.heading.range)
        ])
        page.issues = issues
        return page
      }
    }
    var page = read(
      body, lines[...], frontMatter: frontMatter, pagePath: pagePath, names: names, language: language, title: title)
    page.issues = issues
    let lowerName = (file.path.lastPathComponent() ?? "").lowercased()
    if lowerName.hasPrefix("readme") {
      page.kind = .other
    } else if pagePath.isSectionIndex && pagePath.week == nil {
      page.kind = .overview
    } else {
      page.kind = page.week.number == nil || notAWeek != nil ? .other : .week
    }
    // A day's page or a summary names no week of its own: no phantom week from its `weight`.
    if page.kind == .other { page.week = WeekNumber(number: nil, source: nil, evidence: page.week.evidence) }
    if page.kind == .overview { page.listedWeeks = OverviewReader.read(file, lines) }
    return [page]
  }

  /// The body lines of a page, addressable by line number.
  struct Body {
    let file: SourceFile
    let lines: [MarkdownLine]
    func slice(_ range: ClosedRange<Int>, within outer: ArraySlice<MarkdownLine>) -> ArraySlice<MarkdownLine> {
      guard let first = lines.first?.number else { return [] }
      let lo = max(range.lowerBound - first, outer.startIndex)
      let hi = min(range.upperBound - first + 1, outer.endIndex)
      return lo < hi ? lines[lo..<hi] : []
    }
  }

  /// Reads one week from `lines`: its sections, its task table (or task list), its objectives
  /// and achievements, and its week number.
  private static func read(
    _ body: Body, _ lines: ArraySlice<MarkdownLine>, frontMatter: FrontMatter, pagePath: PagePath, names: PathNames,
    language: PageLanguage, title: Located<String>?
  ) -> Worklog {
    let file = body.file
    let headings = SectionReader.headings(file, lines)
    var sections = SectionReader.read(file, lines, headings: headings)
    let tables = TableScanner.scan(file, Array(lines))
    let taskLines = sections.filter { $0.kind == .tasks || $0.kind == .tasksAndAchievements }.map(\.lines)
    let chosen = TaskTableReader.choose(tables, taskLines: taskLines, file: file)
    // Read again knowing the task table: a section's place around it and whether it holds it
    // weigh in its kind.
    if let table = chosen?.table {
      sections = SectionReader.read(file, lines, taskTable: table.lines, headings: headings)
    }
    let tableLines = tables.map(\.lines)
    let tasks = readTasks(
      file, lines, chosen: chosen, sections: sections, tables: tableLines,
      frontMatterDate: frontMatter["date"]?.value.value.dateValue)

    var objectives = sectionItems(.objectives, body, lines, sections: sections, tables: tableLines)
    var achievements = sectionItems(.achievements, body, lines, sections: sections, tables: tableLines)
    if achievements.isEmpty && sections.contains(where: { $0.kind == .tasksAndAchievements }) {
      achievements = sectionItems(.tasksAndAchievements, body, lines, sections: sections, tables: tableLines)
    }
    if let table = tasks.flatMap({ $0.isTable ? $0.lines : nil }) {
      readUnheadedLists(
        around: table, body, lines, sections: &sections, tables: tableLines, objectives: &objectives,
        achievements: &achievements)
    }

    EmptySections.mark(&sections, file, lines)
    let evidence = PageIdentity.weekEvidence(
      pagePath, names: names, title: title, sections: sections, frontMatter: frontMatter)
    return Worklog(
      source: file, site: pagePath.site, kind: .week, language: language, week: WeekNumber.decide(evidence),
      frontMatter: frontMatter, title: title, sections: sections, objectives: objectives, tasks: tasks,
      otherTables: tables.count - (chosen == nil ? 0 : 1),
      otherTableLines: tableLines.filter { $0 != chosen?.table.lines },
      achievements: achievements, inlineLabels: InlineLabels.read(file, lines), segment: nil, issues: [],
      templateText: TemplateTextReader.read(file, lines))
  }

  /// The tasks: the chosen table, else a task list (day headings or bullets), else none.
  private static func readTasks(
    _ file: SourceFile, _ lines: ArraySlice<MarkdownLine>, chosen: TaskTableReader.Chosen?, sections: [Section],
    tables: [ClosedRange<Int>], frontMatterDate: CalendarDate?
  ) -> TaskTable? {
    guard let chosen else {
      return TaskListReader.read(file, lines, sections: sections, tables: tables, frontMatterDate: frontMatterDate)
    }
    let t = chosen.table
    // The page's own year, for year-less dates: from its prose, never from a table or code.
    let prose = lines.filter {
      !t.lines.contains($0.number) && DateInference.mayDatePage($0.kind)
        && DateInference.mayWriteYear(file.bytes, $0.content)
    }.map {
      file.text(bytes: $0.content)
    }
    return TaskTableReader.read(
      t, file: file, frontMatterDate: frontMatterDate, pageYear: DateInference.pageYear(prose), roles: chosen.roles)
  }

  /// The items of the first section of `kind` that holds any: a `#### Load Test Results` table
  /// before the page's own `### Achievements` list does not hide that list.
  private static func sectionItems(
    _ kind: SectionKind, _ body: Body, _ lines: ArraySlice<MarkdownLine>, sections: [Section],
    tables: [ClosedRange<Int>]
  ) -> [ListEntry] {
    for s in sections where s.kind == kind {
      let inner =
        s.detectedBy == .structure
        ? s.lines : (s.lines.lowerBound + 1)...max(s.lines.lowerBound + 1, s.lines.upperBound)
      let found = ListReader.read(body.file, body.slice(inner, within: lines), skipping: tables)
      if !found.isEmpty { return found }
    }
    return []
  }

  /// No headings: the list before the task table is the objectives, the one after it the
  /// achievements; each found becomes a section detected by structure.
  private static func readUnheadedLists(
    around table: ClosedRange<Int>, _ body: Body, _ lines: ArraySlice<MarkdownLine>, sections: inout [Section],
    tables: [ClosedRange<Int>], objectives: inout [ListEntry], achievements: inout [ListEntry]
  ) {
    let claimed = sections.filter { $0.kind != .title }.map(\.lines) + tables
    let firstLine = lines.first?.number ?? 1
    let lastLine = lines.last?.number ?? 1
    func list(_ range: ClosedRange<Int>, as kind: SectionKind) -> [ListEntry]? {
      let found = ListReader.read(body.file, body.slice(range, within: lines), skipping: claimed)
      guard !found.isEmpty, found.items.contains(where: { lineIsListItem(body, $0.line) }) else { return nil }
      sections.append(
        Section(kind: kind, heading: nil, level: 0, detectedBy: .structure, lines: range, weekInHeading: nil))
      return found
    }
    if objectives.isEmpty, !sections.contains(where: { $0.kind == .objectives }), table.lowerBound > firstLine,
      let found = list(firstLine...(table.lowerBound - 1), as: .objectives)
    {
      objectives = found
    }
    if achievements.isEmpty, !sections.contains(where: { $0.kind == .achievements }), table.upperBound < lastLine,
      let found = list((table.upperBound + 1)...lastLine, as: .achievements)
    {
      achievements = found
    }
    sections.sort { $0.lines.lowerBound < $1.lines.lowerBound }
  }

  private static func lineIsListItem(_ body: Body, _ line: Int) -> Bool {
    guard let first = body.lines.first?.number, let l = body.lines[safe: line - first] else { return false }
    if case .listItem = l.kind { return true }
    return false
  }

  /// `Week 8`, `Tuần 8`, `1.3. Nhật ký Tuần 3` → the week.
  static func weekIn(_ text: String) -> Int? { weekIn(folded: text.foldedForMatching) }

  /// `weekIn` on text already folded by `foldedForMatching`.
  static func weekIn(folded t: String) -> Int? {
    t.number(after: "week") ?? t.number(after: "tuần") ?? t.number(after: "tuan")
  }

  /// `" <b> 1.8. </b> "` → 8; `"<b>8.</b>"` → 8.
  static func weekInPre(_ text: String) -> Int? {
    var text = text
    let fast: Int?? = text.withUTF8 { u in
      // ASCII: every byte a `Character` (CR LF aside, neither a digit nor a tag's bracket), a
      // number a digit; the last run of digits outside the tags that fits an `Int`.
      var inTag = false
      var last: Int?
      var value = 0
      var overflow = false
      var inRun = false
      for b in u {
        if b >= 0x80 { return nil }
        if b == 0x3C {
          inTag = true
        } else if b == 0x3E {
          inTag = false
        } else if !inTag {
          if ByteText.isDigit(b) {
            if !inRun {
              inRun = true
              value = 0
              overflow = false
            }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(b &- 0x30))
            overflow = overflow || o1 || o2
            value = sum
          } else {
            if inRun && !overflow { last = value }
            inRun = false
          }
        }
      }
      if inRun && !overflow { last = value }
      return .some(last)
    }
    return fast ?? weekInPreByCharacters(text)
  }

  /// `weekInPre` by `Character`s: the reading of any text outside ASCII, and the reference the
  /// bytes are tested against.
  static func weekInPreByCharacters(_ text: String) -> Int? {
    var stripped = ""
    var inTag = false
    for c in text {
      if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { stripped.append(c) }
    }
    let numbers = stripped.split { !$0.isNumber }.compactMap { Int($0) }
    return numbers.last
  }

  private static func fileIssues(_ file: SourceFile, _ lines: [MarkdownLine]) -> [ParseIssue] {
    var issues: [ParseIssue] = []
    if let bad = file.firstInvalidUTF8Offset {
      issues.append(
        ParseIssue(
          kind: .invalidUTF8, range: file.range(bad..<(bad + 1)),
          message: "the file is not valid UTF-8 from byte \(bad)"))
    }
    if let nul = ByteText.firstIndex(of: 0, in: file.bytes, 0..<file.bytes.count) {
      issues.append(
        ParseIssue(
          kind: .nulBytes, range: file.range(nul..<(nul + 1)),
          message: "the file holds NUL bytes (from byte \(nul)); is it a binary file?"))
    }
    var open: MarkdownLine?
    for line in lines where line.kind == .fence { open = open == nil ? line : nil }
    if let open {
      issues.append(
        ParseIssue(
          kind: .unterminatedFence, range: file.range(open.content),
          message: "the code fence opened here is never closed"))
    }
    return issues
  }

  /// A whole term on one page: at least two headings at one level naming distinct weeks.
  private static func termSegments(_ body: Body) -> [(
    week: Int, heading: Located<String>, lines: ArraySlice<MarkdownLine>
  )]? {
    var byLevel: [Int: [(Int, Int, Located<String>)]] = [:]  // level → (index, week, heading)
    for (i, line) in body.lines.enumerated() {
      guard case .heading(let level) = line.kind else { continue }
      let text = InlineTextReader.heading(body.file.text(bytes: line.content))
      guard let week = weekIn(text),
        Vocabulary.sectionKind(text) == .title || !SectionReader.mainKinds.contains(Vocabulary.sectionKind(text))
      else { continue }
      byLevel[level, default: []].append((i, week, Located(text, body.file.range(line.content))))
    }
    guard let (_, heads) = byLevel.filter({ Set($0.value.map(\.1)).count >= 2 }).min(by: { $0.key < $1.key }) else {
      return nil
    }
    return heads.enumerated().map { k, head in
      let end = k + 1 < heads.count ? heads[k + 1].0 : body.lines.count
      return (head.1, head.2, body.lines[head.0..<end])
    }
  }
}
