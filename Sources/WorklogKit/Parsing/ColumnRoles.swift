/// Decides which column of a table holds the day, the task, the dates and the references, from
/// the header's words and the cells' content together.
///
/// Each column is weighed for each role: the header's words (`Task`, `Ngày bắt đầu`), and what
/// its cells hold (dates, weekday names or small numbers, long text, links). A column takes the
/// role it is heaviest for, heaviest first; two columns may be dates (start, then end). The
/// decision's confidence is its least sure column's: that column's weight for its role against
/// the strongest rival claim (another role for the same column, or another column for the role).
enum ColumnRoles {
  /// What a column can hold. `date` becomes start or end once all columns are placed.
  enum Role: String, CaseIterable, Sendable {
    case task, day, date, references, other
  }

  /// The least a column must weigh to take a role.
  static let minimumWeight = 1.5

  /// The weighed roles of every column, and the columns chosen.
  ///
  /// The decision, with its evidence written out, is made when asked: a page's candidate
  /// tables are all weighed, but only the chosen one's decision is kept.
  struct Reading: Sendable {
    /// The columns chosen (`decision.value`).
    var columns: TaskColumns
    /// Every column's weight and evidence, for the decision.
    fileprivate var weighing: Weighing
    /// The role each placed column took, by column (nil for a column left out).
    fileprivate var assigned: [Role?]
    var contents: [ColumnContent]
    /// Per column, whether its header has a word for a task (`Task`, `Nội dung`).
    var headerNamesTask: [Bool]
    /// The header's cells as read.
    var header: [Located<String>] = []
    /// Every row's cells, read once for the weighing and the task entries.
    var cells: [[ReadCell]] = []

    /// The decision: the evidence of every placed column, and the confidence of the least sure
    /// one against its strongest rival (written out anew each time it is asked for).
    var decision: Decision<TaskColumns> { ColumnRoles.columnsDecision(weighing, assigned: assigned, columns: columns) }

    /// Per column, the weight for each role, by `order(role)`.
    var weight: [[Double]] { weighing.header.indices.map { Array(weighing.weight[weighing.slots($0)]) } }
    /// Per column, whether a weight was added for each role.
    var weighed: [[Bool]] { weighing.header.indices.map { Array(weighing.weighed[weighing.slots($0)]) } }

    /// Per column, the weight for each role that was weighed (made when asked: the
    /// decision does not need it).
    var weights: [[Role: Double]] {
      weight.indices.map { i in
        var out: [Role: Double] = [:]
        for role in Role.allCases where weighed[i][order(role)] { out[role] = weight[i][order(role)] }
        return out
      }
    }
  }

  /// Weighs every column for every role and places the roles.
  static func decide(_ header: [Located<String>], rows: [RawRow]) -> Reading {
    decide(header, cells: rows.map { $0.cells.map { ReadCell($0.markdown) } })
  }

  /// Weighs every column for every role and places the roles, from every row's cells as read.
  static func decide(_ header: [Located<String>], cells rows: [[ReadCell]]) -> Reading {
    // Rows with an extra cell (an unescaped `|`) shift their cells: they are left out, and short
    // rows too when enough rows fit the header.
    let n = header.count
    let anyFits = rows.contains { $0.count == n }
    let contents = ColumnContent.count(rows, columns: n) { anyFits ? $0.count == n : $0.count < n }
    let words = header.indices.map { HeaderWords(header[$0].value, index: $0) }
    var weighing = Weighing(header: header, words: words)
    let anyTaskHeader = words.contains { $0.task > 0 }
    let longest = header.indices.filter { contents[$0].share(contents[$0].texts) >= 0.5 }
      .max { contents[$0].lettersPerCell < contents[$1].lettersPerCell }
    for i in header.indices {
      weigh(i, contents[i], anyTaskHeader: anyTaskHeader, longest: longest, into: &weighing)
    }
    let (assigned, dateColumns) = assign(&weighing, contents: contents)
    let columns = taskColumns(words, assigned: assigned, dateColumns: dateColumns)
    let namesTask = words.map { $0.task > 0 }
    return Reading(
      columns: columns, weighing: weighing, assigned: assigned, contents: contents, headerNamesTask: namesTask,
      header: header, cells: rows)
  }

  /// Every column's weight and evidence for every role, as they are gathered.
  ///
  /// Weights are kept by column and role's place in `Role.allCases` in one flat array, and
  /// evidence as what it counted, all columns' in one list in the order it was counted: the
  /// `Evidence` (its `supports` and note written out) is made only for what the decision shows.
  fileprivate struct Weighing: Sendable {
    let header: [Located<String>]
    /// Each header cell's words, read once.
    let words: [HeaderWords]
    /// What was counted for each column and role, in the order it was.
    var counted: [Counted] = []
    /// The weight for each column and role, at `slot(column, role)`.
    var weight: [Double]
    /// Whether a weight was added for each column and role (the roles `weights` lists).
    var weighed: [Bool]

    /// The number of roles (`Role.allCases.count`, the places `order` gives), and so of slots
    /// per column; written out, so it is a constant.
    static let roles = 5

    /// Where column `i`'s weight for `role` is kept in `weight` and `weighed`.
    @inline(__always)
    func slot(_ i: Int, _ role: Role) -> Int { i * Weighing.roles + order(role) }

    /// Column `i`'s slots, by `order(role)`.
    func slots(_ i: Int) -> Range<Int> { (i * Weighing.roles)..<((i + 1) * Weighing.roles) }

    /// One piece of evidence before it is written out.
    struct Counted: Sendable {
      var column: Int
      var kind: String
      var role: Role
      var weight: Double
      var note: Note
    }

    /// An evidence's note: none, a header's text, or `n of m cells`.
    enum Note: Sendable {
      case none
      case text(String)
      case cells(Int, of: Int)

      var written: String? {
        switch self {
        case .none: return nil
        case .text(let t): return t
        case .cells(let n, let m): return String(n) + " of " + String(m) + " cells"
        }
      }
    }

    init(header: [Located<String>], words: [HeaderWords]) {
      self.header = header
      self.words = words
      weight = Array(repeating: 0, count: header.count * Weighing.roles)
      weighed = Array(repeating: false, count: header.count * Weighing.roles)
      // About five pieces of evidence a column.
      counted.reserveCapacity(header.count * 6)
    }

    mutating func add(_ column: Int, _ role: Role, _ kind: String, _ weight: Double, note: Note = .none) {
      guard weight > 0 else { return }
      let w = Scorer<Role>.rounded(weight)
      let r = slot(column, role)
      self.weight[r] += w
      weighed[r] = true
      counted.append(Counted(column: column, kind: kind, role: role, weight: w, note: note))
    }

    /// A column's claim to a role: its weight for the role less its weight for none
    /// (`Detailed activities`, `Notes`: words that say the column only accompanies the others).
    func claim(_ i: Int, _ role: Role) -> Double {
      let other = weight[slot(i, .other)]
      return role == .other ? other : weight[slot(i, role)] - other
    }

    /// Appends to `out` the evidence column `i` has for `role`, a date column's named for its
    /// place (`start`, `end`) among `columns`.
    func evidence(_ i: Int, for role: Role, columns: TaskColumns, into out: inout [Evidence]) {
      var name = role.rawValue
      if role == .date, i == columns.start {
        name = "start"
      } else if role == .date, i == columns.end {
        name = "end"
      }
      let supports = name + "=" + String(i)
      let range = header[i].range
      for c in counted.indices where counted[c].column == i && counted[c].role == role {
        let found = counted[c]
        out.append(
          Evidence(kind: found.kind, supports: supports, weight: found.weight, range: range, note: found.note.written))
      }
    }
  }

  /// Weighs column `i` for each role, by its header's words and by its cells `c`.
  private static func weigh(_ i: Int, _ c: ColumnContent, anyTaskHeader: Bool, longest: Int?, into w: inout Weighing) {
    let header = w.header
    let h = w.words[i]
    // A header that names two roles (`Công việc đã hoàn thành`: work, completed; a first
    // `Date`: the day or its date) leaves the choice to the cells: a role they contradict
    // counts a quarter. Dates are easy to recognise, so a date role is contradicted by cells
    // that hold none; the other roles only by cells that are dates or, for the task, are not
    // text. A header that names one role keeps its weight over odd cells (`Ongoing` under
    // `Completion Date` is still a completion cell).
    let named = [h.day, h.task, h.date, h.references].filter { $0 > 0 }.count
    let mixed = named > 1 && c.cells > 0
    func fromHeader(_ role: Role, _ weight: Double, contradicted: Bool) {
      let against = mixed && contradicted
      w.add(
        i, role, against ? "headerWordAgainstCells" : "headerWord", against ? weight / 4 : weight,
        note: .text(header[i].value))
    }
    let mostlyDates = c.share(c.dates) >= 0.5
    fromHeader(.day, h.day, contradicted: mostlyDates)
    fromHeader(.task, h.task, contradicted: mostlyDates || c.share(c.texts + c.links) < 0.2)
    fromHeader(.date, h.date, contradicted: c.share(c.dates) < 0.2)
    fromHeader(.references, h.references, contradicted: mostlyDates)
    fromHeader(.other, h.other, contradicted: false)
    guard c.cells > 0 else { return }
    func note(_ n: Int) -> Weighing.Note { .cells(n, of: c.cells) }
    w.add(i, .date, "cellsAreDates", 4 * c.share(c.dates), note: note(c.dates))
    w.add(i, .day, "cellsNameWeekdays", 4 * c.share(c.weekdays), note: note(c.weekdays))
    // Small numbers count days only under a day header: elsewhere they are quantities.
    w.add(i, .day, "cellsAreSmallNumbers", (h.day > 0 ? 2 : 1) * c.share(c.numbers), note: note(c.numbers))
    // Text under a header that names another role outright (`Reference Material`) is that
    // role's text: it speaks for the task at half weight.
    let textWeight = max(h.day, h.date, h.references) >= 4 ? 0.5 : 1
    w.add(i, .task, "cellsHoldText", textWeight * c.share(c.texts), note: note(c.texts))
    w.add(i, .task, "cellsHoldLongText", textWeight * c.share(c.long), note: note(c.long))
    w.add(i, .references, "cellsAreLinks", 4 * c.share(c.links), note: note(c.links))
    // Titles under a reference header are references; elsewhere they are short tasks.
    if h.references > 0 { w.add(i, .references, "cellsAreTitles", 2 * c.share(c.titles), note: note(c.titles)) }
    w.add(
      i, .other, "cellsAreProse", (h.references > 0 && h.references < 4 ? 3 : 0) * c.share(c.prose), note: note(c.prose)
    )
    if !anyTaskHeader, longest == i { w.add(i, .task, "longestText", 1) }
  }

  /// Places the heaviest claims first: a column takes one role, a role one column (dates two).
  /// With no claim for the task, the column with the most text takes it.
  private static func assign(_ w: inout Weighing, contents: [ColumnContent]) -> (
    assigned: [Role?], dateColumns: [Int]
  ) {
    var claims: [(column: Int, role: Role, weight: Double)] = []
    for i in w.header.indices {
      for role in Role.allCases where role != .other {
        let weight = w.claim(i, role)
        if weight >= minimumWeight { claims.append((i, role, weight)) }
      }
    }
    claims.sort { a, b in
      a.weight != b.weight
        ? a.weight > b.weight : (a.column != b.column ? a.column < b.column : order(a.role) < order(b.role))
    }
    var assigned: [Role?] = Array(repeating: nil, count: w.header.count)
    var dateColumns: [Int] = []
    // The roles taken, by `order(role)`.
    var taken = [Bool](repeating: false, count: Weighing.roles)
    for next in claims where assigned[next.column] == nil {
      // A column heavier for another role it could not take stays out.
      var best = -Double.infinity
      for role in Role.allCases where role != next.role { best = max(best, w.claim(next.column, role)) }
      if best > next.weight { continue }
      if next.role == .date {
        guard dateColumns.count < 2 else { continue }
        dateColumns.append(next.column)
      } else {
        guard !taken[order(next.role)] else { continue }
        taken[order(next.role)] = true
      }
      assigned[next.column] = next.role
    }
    if !taken[order(.task)] {
      // No column claims the task: the one with the most text, if it holds text at all.
      let free = w.header.indices.filter { assigned[$0] == nil && contents[$0].texts > 0 }
      if let best = free.max(by: { contents[$0].letters < contents[$1].letters }) {
        w.add(best, .task, "mostText", 1)
        assigned[best] = .task
      }
    }
    return (assigned, dateColumns)
  }

  /// The columns the roles went to; of two date columns the start is the first, unless only
  /// the first header says end and only the second says start.
  private static func taskColumns(_ words: [HeaderWords], assigned: [Role?], dateColumns: [Int]) -> TaskColumns {
    var columns = TaskColumns()
    for (i, role) in assigned.enumerated() {
      switch role {
      case .day: columns.day = i
      case .task: columns.task = i
      case .references: columns.references = i
      default: break
      }
    }
    if let day = columns.day { columns.dayIsRowNumber = words[day].isRowNumber }
    let dates = dateColumns.sorted()
    if dates.count == 1, let only = dates.first {
      let h = words[only]
      if h.isEnd && !h.isStart { columns.end = only } else { columns.start = only }
    } else if dates.count == 2 {
      let (a, b) = (words[dates[0]], words[dates[1]])
      if a.isEnd && !a.isStart && b.isStart && !b.isEnd {
        columns.start = dates[1]
        columns.end = dates[0]
      } else {
        columns.start = dates[0]
        columns.end = dates[1]
      }
    }
    return columns
  }

  /// The decision: the evidence of every placed column, and the confidence of the least sure
  /// one against its strongest rival.
  fileprivate static func columnsDecision(_ w: Weighing, assigned: [Role?], columns: TaskColumns) -> Decision<
    TaskColumns
  > {
    var all: [Evidence] = []
    all.reserveCapacity(w.counted.count)
    // The rival's evidence is written out once, for the weakest column only.
    var weakest: (confidence: Double, margin: Double, rival: (column: Int, role: Role)?)?
    for i in assigned.indices {
      guard let role = assigned[i] else { continue }
      let own = w.claim(i, role)
      w.evidence(i, for: role, columns: columns, into: &all)
      // Rivals: another role for this column, or this role for another column (as far as that
      // column's claim beats its own next best).
      var rival = 0.0
      var rivalSource: (column: Int, role: Role)?
      for r in Role.allCases where r != role {
        let weight = w.claim(i, r)
        guard weight > rival else { continue }
        rival = weight
        rivalSource = (i, r)
      }
      for j in w.header.indices where j != i {
        guard role != .date || assigned[j] != .date else { continue }
        var rest = -Double.infinity
        for r in Role.allCases where r != role { rest = max(rest, w.claim(j, r)) }
        let strength = w.claim(j, role) - max(0, rest)
        if strength > rival {
          rival = strength
          rivalSource = (j, role)
        }
      }
      let confidence = Scorer<Role>.rounded((own - rival) / (own + rival + 1))
      if weakest.map({ confidence < $0.confidence }) ?? true {
        weakest = (confidence, Scorer<Role>.rounded(own - rival), rivalSource)
      }
    }
    guard let weakest else {
      return Decision(
        value: columns,
        evidence: [Evidence(kind: "assumed", supports: "none", weight: 0, note: "no column reads as a task table's")],
        margin: 0, confidence: 0)
    }
    if let rival = weakest.rival { w.evidence(rival.column, for: rival.role, columns: columns, into: &all) }
    return Decision(
      value: columns,
      evidence: all,
      margin: weakest.margin,
      confidence: max(0, weakest.confidence))
  }

  /// A role's place in `Role.allCases`.
  private static func order(_ role: Role) -> Int {
    switch role {
    case .task: return 0
    case .day: return 1
    case .date: return 2
    case .references: return 3
    case .other: return 4
    }
  }

  /// How a decision's value is written: `day=0 task=1 start=2 end=3 references=4`.
  static func describe(_ c: TaskColumns) -> String {
    let parts: [(String, Int?)] = [
      ("day", c.day), ("task", c.task), ("start", c.start), ("end", c.end), ("references", c.references),
    ]
    let written = parts.compactMap { name, i in i.map { "\(name)=\($0)" } }
    return written.isEmpty ? "none" : written.joined(separator: " ")
  }
}
