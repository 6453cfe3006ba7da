/// Splits a page body into sections by headings, plain-line headings and, failing those, structure.
enum SectionReader {
  /// The main kinds, each of which a page has at most once.
  static let mainKinds: Set<SectionKind> = [.objectives, .tasks, .achievements, .tasksAndAchievements]

  /// The headings of a page with what their words say and the nearest enclosing heading that is
  /// not the page's or the week's title (one naming a week and no main section: `# Week 10 - AI
  /// and AWS learning review` holds the page's sections). They do not depend on the task table,
  /// so a page read twice (before and after its task table is known) reads them once.
  struct Headings {
    fileprivate var heads: [Head] = []
    /// The plain lines that read as a main section's heading (`pseudoHeading`), in line order:
    /// whether one opens a section depends only on the headings' kinds.
    fileprivate var plainLines: [PlainLine] = []
  }

  /// A heading: its index in the lines, its text, folded, what its words say, its parent.
  fileprivate struct Head {
    var index: Int
    var level: Int
    var text: String
    var folded: String
    var words: SectionKind
    var parent: Int?
    var week: Int?
    /// Where its content is.
    var range: SourceRange
  }

  /// A plain line that reads as the heading of a main section (`Week 3 Objectives:`).
  fileprivate struct PlainLine {
    var line: MarkdownLine
    var text: String
    var kind: SectionKind
    var week: Int?
  }

  static func headings(_ file: SourceFile, _ lines: ArraySlice<MarkdownLine>) -> Headings {
    var found = Headings()
    var open: [Int] = []  // indices into heads of the open headings, outermost first
    var inList = false
    for i in lines.indices {
      switch lines[i].kind {
      case .listItem: inList = true
      case .blank: inList = false
      case .text where !inList:
        if let plain = plainLine(file, lines[i]) { found.plainLines.append(plain) }
      case .heading(let level):
        inList = false
        let text = headingText(file, lines[i].content)
        let folded = text.foldedForMatching
        while let last = open.last, found.heads[last].level >= level { open.removeLast() }
        let parent = open.last(where: { h in
          found.heads[h].words != .title && !(found.heads[h].week != nil && !mainKinds.contains(found.heads[h].words))
        })
        let week = WorklogParser.weekIn(folded: folded)
        found.heads.append(
          Head(
            index: i, level: level, text: text, folded: folded, words: Vocabulary.sectionKind(folded: folded),
            parent: parent, week: week, range: file.range(lines[i].content)))
        open.append(found.heads.count - 1)
      default: break
      }
    }
    return found
  }

  /// `InlineTextReader.heading` of the line at `content`: from its bytes when they settle it
  /// (`PlainLineText`), else from the line as a `String`.
  static func headingText(_ file: SourceFile, _ content: Range<Int>) -> String {
    if let text = file.bytes.withUnsafeBufferPointer({ PlainLineText.string($0, content, listMarkers: false) }) {
      return text
    }
    return InlineTextReader.heading(file.text(bytes: content))
  }

  /// The plain line `line` as the heading of a main section, if it reads as one.
  private static func plainLine(_ file: SourceFile, _ line: MarkdownLine) -> PlainLine? {
    guard let text = pseudoHeading(file, line) else { return nil }
    let folded = text.foldedForMatching
    let kind = Vocabulary.sectionKind(folded: folded)
    guard mainKinds.contains(kind) else { return nil }
    return PlainLine(line: line, text: text, kind: kind, week: WorklogParser.weekIn(folded: folded))
  }

  /// The sections of `lines`; `taskTable`, the lines of the task table when it is known, lets a
  /// section's position and content weigh in its kind.
  static func read(
    _ file: SourceFile, _ lines: ArraySlice<MarkdownLine>, taskTable: ClosedRange<Int>? = nil, headings: Headings? = nil
  ) -> [Section] {
    let headings = headings ?? SectionReader.headings(file, lines)
    var starts = headingSections(file, lines, taskTable: taskTable, headings: headings)
    starts += plainLineSections(file, headings.plainLines, headingKinds: Set(starts.map(\.kind)))
    starts.sort { $0.lines.lowerBound < $1.lines.lowerBound }
    return outermost(extended(starts, to: lines.last?.number ?? 0))
  }

  /// A section for each heading, judged in its setting: its words, its parent, what it holds,
  /// its place.
  private static func headingSections(
    _ file: SourceFile, _ lines: ArraySlice<MarkdownLine>, taskTable: ClosedRange<Int>?, headings: Headings
  ) -> [Section] {
    var starts: [Section] = []
    let heads = headings.heads
    starts.reserveCapacity(heads.count)
    var topKinds = Set<SectionKind>()
    for h in heads where h.parent == nil { topKinds.insert(h.words) }
    var judged: [SectionKind] = []
    judged.reserveCapacity(heads.count)
    for n in heads.indices {
      let index = heads[n].index
      let line = lines[index]
      let holds = holding(file, lines, after: index, taskTable: taskTable)
      var side: Int?
      if let t = taskTable, holds != .taskTable {
        side = line.number < t.lowerBound ? -1 : line.number > t.upperBound ? 1 : nil
      }
      let range = heads[n].range
      let context = SectionKindJudge.Context(
        parent: heads[n].parent.map { (judged[$0], heads[$0].level) }, level: heads[n].level, holds: holds,
        side: side, topKinds: topKinds, range: range)
      let (kind, decision) = SectionKindJudge.judge(
        heads[n].text, words: heads[n].words, context, folded: heads[n].folded)
      judged.append(kind)
      var s = section(
        kind, Located(heads[n].text, range), level: heads[n].level, .heading, line.number, week: heads[n].week)
      s.kindDecision = decision
      starts.append(s)
    }
    return starts
  }

  /// Plain lines (`Week 3 Objectives:`, `**Goals:**`) open sections where no heading names that
  /// section (`headingKinds`), one for each main kind.
  private static func plainLineSections(
    _ file: SourceFile, _ plainLines: [PlainLine], headingKinds: Set<SectionKind>
  ) -> [Section] {
    var headingKinds = headingKinds
    var starts: [Section] = []
    for plain in plainLines {
      let kind = plain.kind
      let covered =
        headingKinds.contains(kind)
        || (kind != .tasksAndAchievements && headingKinds.contains(.tasksAndAchievements)
          && (kind == .tasks || kind == .achievements))
      guard !covered else { continue }
      headingKinds.insert(kind)
      starts.append(
        section(
          kind, Located(plain.text, file.range(plain.line.content)), level: 0, .plainLine, plain.line.number,
          week: plain.week))
    }
    return starts
  }

  /// The sections in line order, each run to the next heading at its level or above, or the
  /// next main section of another kind (or `last`, the last line).
  ///
  /// Found walking backwards with the nearest start of each level and each main kind at hand,
  /// so thousands of headings cost no more than their number.
  private static func extended(_ starts: consuming [Section], to last: Int) -> [Section] {
    // Taken, not copied: the caller's array is a temporary. Each section's end is set as the
    // sections are walked from the last; the start lines read from later ones never change.
    var sections = starts
    var nearestMain: [(kind: SectionKind, index: Int)] = []  // one for each main kind met
    // The nearest section after this one at each level, 0 (plain line) … 6; -1 for none. On
    // the stack: `[Int?](repeating:count:)` looked its storage type up on every call.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 7) { nearestAtLevel in
      nearestAtLevel.initialize(repeating: -1)
      // Fields read where they are: a `Section` copied is a dozen references retained.
      for i in sections.indices.reversed() {
        let (kind, sectionLevel) = (sections[i].kind, sections[i].level)
        var next: Int?
        if sectionLevel == 0 {
          next = i + 1 < sections.count ? i + 1 : nil
        } else {
          for l in 0...min(sectionLevel, 6) where nearestAtLevel[l] >= 0 {
            let j = nearestAtLevel[l]
            next = min(next ?? j, j)
          }
          for main in nearestMain where main.kind != kind { next = min(next ?? main.index, main.index) }
        }
        let end = next.map { sections[$0].lines.lowerBound - 1 } ?? last
        let lower = sections[i].lines.lowerBound
        sections[i].lines = lower...max(lower, end)
        let level = max(0, min(sectionLevel, 6))
        nearestAtLevel[level] = i
        if mainKinds.contains(kind) {
          if let k = nearestMain.firstIndex(where: { $0.kind == kind }) {
            nearestMain[k].index = i
          } else {
            nearestMain.append((kind, i))
          }
        }
      }
      return sections
    }
  }

  /// Nested sub-headings live inside their parent: keeps only sections not inside another one
  /// of a main kind unless they are themselves main. Sections come in line order, so the
  /// furthest end of the main sections so far says whether one holds the next start.
  private static func outermost(_ sections: [Section]) -> [Section] {
    var mainReach = Int.min
    var kept: [Section] = []
    kept.reserveCapacity(sections.count)
    for i in sections.indices {
      let isMain = mainKinds.contains(sections[i].kind)
      // A sub-heading judged not to be a section of its own stays listed, with its decision.
      if isMain || mainReach < sections[i].lines.lowerBound || sections[i].kindDecision != nil {
        kept.append(sections[i])
      }
      if isMain { mainReach = max(mainReach, sections[i].lines.upperBound) }
    }
    return kept
  }

  /// What the first content line below the heading at `index` is.
  private static func holding(
    _ file: SourceFile, _ lines: ArraySlice<MarkdownLine>, after index: Int, taskTable: ClosedRange<Int>?
  ) -> SectionKindJudge.Holding {
    var i = index + 1
    while i < lines.endIndex {
      let line = lines[i]
      switch line.kind {
      case .blank, .comment, .thematicBreak, .alert, .shortcode:
        i += 1
        continue
      case .listItem: return .list
      case .tableRow: return taskTable?.contains(line.number) == true ? .taskTable : .table
      case .html:
        guard ByteText.hasPrefix(file.bytes, at: line.content.lowerBound, end: line.content.upperBound, "<table") else {
          return .text
        }
        return taskTable?.contains(line.number) == true ? .taskTable : .table
      case .heading: return .nothing
      default: return .text
      }
    }
    return .nothing
  }

  private static func section(
    _ kind: SectionKind, _ heading: Located<String>, level: Int, _ how: SectionDetection, _ line: Int, week: Int?
  ) -> Section {
    // `week`: `WorklogParser.weekIn` of the heading, read with its kind.
    Section(kind: kind, heading: heading, level: level, detectedBy: how, lines: line...line, weekInHeading: week)
  }

  /// The text of a line that reads as a heading: short, and bold all through or ending in a colon.
  ///
  /// Read from the line's bytes when they settle it (`pseudoHeadingFromBytes`); else as
  /// `pseudoHeadingByCharacters`, the reference.
  static func pseudoHeading(_ file: SourceFile, _ line: MarkdownLine) -> String? {
    guard line.content.count <= 160, let last = line.content.last.map({ file.bytes[$0] }),
      last == UInt8(ascii: ":") || last == UInt8(ascii: "*")  // `:` or `*`: most lines are neither, and need no reading
    else { return nil }
    if let read = file.bytes.withUnsafeBufferPointer({ pseudoHeadingFromBytes($0, line.content) }) { return read }
    return pseudoHeadingByCharacters(file.text(bytes: line.content))
  }

  /// `pseudoHeadingByCharacters` of the line `raw`, as written: the reference.
  static func pseudoHeadingByCharacters(_ line: String) -> String? {
    var raw = line.trimmingSpaces
    let bold = raw.hasPrefix("**") && (raw.hasSuffix("**") || raw.hasSuffix("**:"))
    // A line of plain text and stars (most bold headings) is read from its bytes, as the inline
    // reader reads it (`PlainLineText`, tested against `InlineTextReader.heading`).
    let text =
      raw.withUTF8 { PlainLineText.string($0, 0..<$0.count, listMarkers: false) } ?? InlineTextReader.heading(raw)
    // A character is at least a byte: most headings need no counting of their characters.
    guard bold || text.hasSuffix(":"), text.utf8.count <= 80 || text.count <= 80 else { return nil }
    return text.trimmingCharacters(in: ": ")
  }

  /// The pseudo-heading of the line at `range` read from its bytes, when they settle it: the
  /// line is plain text (`PlainLineText` reads it: every scalar a `Character` of its own, no
  /// markup but stars) whose trimmed edges are ASCII, so the `String` tests are byte tests.
  /// `.some(nil)` is "not a heading"; nil leaves the line to `pseudoHeadingByCharacters`.
  static func pseudoHeadingFromBytes(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String?? {
    // Trimmed as `trimmingSpaces` trims, when the bytes settle it.
    guard let (start, end) = String.spaceTrimmedBytes(UnsafeBufferPointer(rebasing: b[range])), start < end else {
      return nil
    }
    let (lo, hi) = (range.lowerBound + start, range.lowerBound + end)
    guard let text = PlainLineText.text(b, lo..<hi, listMarkers: false) else { return nil }
    func has(_ pattern: StaticString, at i: Int) -> Bool {
      let n = pattern.utf8CodeUnitCount
      guard i >= lo, i + n <= hi else { return false }
      for k in 0..<n where b[i + k] != pattern.utf8Start[k] { return false }
      return true
    }
    let bold = has("**", at: lo) && (has("**", at: hi - 2) || has("**:", at: hi - 3))
    guard bold || text.last == UInt8(ascii: ":") else { return .some(nil) }
    // Plain text: its characters are its scalars, the bytes that are not continuation bytes.
    guard text.count <= 80 || text.count(where: { $0 & 0xC0 != 0x80 }) <= 80 else { return .some(nil) }
    var from = 0
    var to = text.count
    while from < to && (text[from] == 0x3A || text[from] == 0x20) { from += 1 }
    while to > from && (text[to - 1] == 0x3A || text[to - 1] == 0x20) { to -= 1 }
    return .some(String(decoding: text[from..<to], as: UTF8.self))
  }
}
