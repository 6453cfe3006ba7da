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
  struct Reading: Sendable {
    var decision: Decision<TaskColumns>
    /// Per column, the weight for each role.
    var weights: [[Role: Double]]
    var contents: [ColumnContent]
    /// Per column, whether its header has a word for a task (`Task`, `Nội dung`).
    var headerNamesTask: [Bool]
  }

  static func decide(_ header: [Located<String>], rows: [RawRow]) -> Reading {
    // Rows with an extra cell (an unescaped `|`) shift their cells: they are left out, and short
    // rows too when enough rows fit the header.
    let fitting = rows.filter { $0.cells.count == header.count }
    let counted = fitting.isEmpty ? rows.filter { $0.cells.count < header.count } : fitting
    let contents = header.indices.map { ColumnContent.count(counted, column: $0) }
    var evidence: [[Evidence]] = Array(repeating: [], count: header.count)
    var weights: [[Role: Double]] = Array(repeating: [:], count: header.count)
    func add(_ column: Int, _ role: Role, _ kind: String, _ weight: Double, note: String? = nil) {
      guard weight > 0 else { return }
      let w = Scorer<Role>.rounded(weight)
      weights[column][role, default: 0] += w
      evidence[column].append(Evidence(kind: kind, supports: "\(role.rawValue)=\(column)", weight: w, range: header[column].range, note: note))
    }

    let anyTaskHeader = header.indices.contains { HeaderWords(header[$0].value, index: $0).task > 0 }
    let longest = header.indices.filter { contents[$0].share(contents[$0].texts) >= 0.5 }
      .max { contents[$0].lettersPerCell < contents[$1].lettersPerCell }
    for i in header.indices {
      let h = HeaderWords(header[i].value, index: i)
      let c = contents[i]
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
        add(i, role, against ? "headerWordAgainstCells" : "headerWord", against ? weight / 4 : weight, note: header[i].value)
      }
      let mostlyDates = c.share(c.dates) >= 0.5
      fromHeader(.day, h.day, contradicted: mostlyDates)
      fromHeader(.task, h.task, contradicted: mostlyDates || c.share(c.texts + c.links) < 0.2)
      fromHeader(.date, h.date, contradicted: c.share(c.dates) < 0.2)
      fromHeader(.references, h.references, contradicted: mostlyDates)
      fromHeader(.other, h.other, contradicted: false)
      guard c.cells > 0 else { continue }
      func note(_ n: Int) -> String { "\(n) of \(c.cells) cells" }
      add(i, .date, "cellsAreDates", 4 * c.share(c.dates), note: note(c.dates))
      add(i, .day, "cellsNameWeekdays", 4 * c.share(c.weekdays), note: note(c.weekdays))
      // Small numbers count days only under a day header: elsewhere they are quantities.
      add(i, .day, "cellsAreSmallNumbers", (h.day > 0 ? 2 : 1) * c.share(c.numbers), note: note(c.numbers))
      // Text under a header that names another role outright (`Reference Material`) is that
      // role's text: it speaks for the task at half weight.
      let textWeight = max(h.day, h.date, h.references) >= 4 ? 0.5 : 1
      add(i, .task, "cellsHoldText", textWeight * c.share(c.texts), note: note(c.texts))
      add(i, .task, "cellsHoldLongText", textWeight * c.share(c.long), note: note(c.long))
      add(i, .references, "cellsAreLinks", 4 * c.share(c.links), note: note(c.links))
      // Titles under a reference header are references; elsewhere they are short tasks.
      if h.references > 0 { add(i, .references, "cellsAreTitles", 2 * c.share(c.titles), note: note(c.titles)) }
      add(i, .other, "cellsAreProse", (h.references > 0 && h.references < 4 ? 3 : 0) * c.share(c.prose), note: note(c.prose))
      if !anyTaskHeader, longest == i { add(i, .task, "longestText", 1) }
    }

    // Place the heaviest claims first; a column takes one role, a role one column (dates two).
    // A claim is a column's weight for a role less its weight for none (`Detailed activities`,
    // `Notes`: words that say the column only accompanies the others).
    func claim(_ i: Int, _ role: Role) -> Double {
      role == .other ? (weights[i][.other] ?? 0) : (weights[i][role] ?? 0) - (weights[i][.other] ?? 0)
    }
    var claims: [(column: Int, role: Role, weight: Double)] = []
    for i in header.indices {
      for role in Role.allCases where role != .other {
        let w = claim(i, role)
        if w >= minimumWeight { claims.append((i, role, w)) }
      }
    }
    claims.sort { a, b in
      a.weight != b.weight ? a.weight > b.weight : (a.column != b.column ? a.column < b.column : order(a.role) < order(b.role))
    }
    var assigned: [Int: Role] = [:]
    var dateColumns: [Int] = []
    var taken: Set<Role> = []
    for next in claims where assigned[next.column] == nil {
      // A column heavier for another role it could not take stays out.
      if let best = Role.allCases.filter({ $0 != next.role }).map({ claim(next.column, $0) }).max(), best > next.weight { continue }
      if next.role == .date {
        guard dateColumns.count < 2 else { continue }
        dateColumns.append(next.column)
      } else {
        guard !taken.contains(next.role) else { continue }
        taken.insert(next.role)
      }
      assigned[next.column] = next.role
    }
    if !taken.contains(.task) {
      // No column claims the task: the one with the most text, if it holds text at all.
      let free = header.indices.filter { assigned[$0] == nil && contents[$0].texts > 0 }
      if let best = free.max(by: { contents[$0].letters < contents[$1].letters }) {
        add(best, .task, "mostText", 1)
        assigned[best] = .task
      }
    }

    var columns = TaskColumns()
    for (i, role) in assigned {
      switch role {
      case .day: columns.day = i
      case .task: columns.task = i
      case .references: columns.references = i
      default: break
      }
    }
    if let day = columns.day { columns.dayIsRowNumber = HeaderWords(header[day].value, index: day).isRowNumber }
    let dates = dateColumns.sorted()
    if dates.count == 1, let only = dates.first {
      let h = HeaderWords(header[only].value, index: only)
      if h.isEnd && !h.isStart { columns.end = only } else { columns.start = only }
    } else if dates.count == 2 {
      let (a, b) = (HeaderWords(header[dates[0]].value, index: dates[0]), HeaderWords(header[dates[1]].value, index: dates[1]))
      if a.isEnd && !a.isStart && b.isStart && !b.isEnd {
        columns.start = dates[1]
        columns.end = dates[0]
      } else {
        columns.start = dates[0]
        columns.end = dates[1]
      }
    }

    // The least sure column sets the confidence.
    var all: [Evidence] = []
    var weakest: (confidence: Double, margin: Double, rival: [Evidence])?
    for i in assigned.keys.sorted() {
      guard let role = assigned[i] else { continue }
      let own = claim(i, role)
      all += evidence[i].filter { $0.supports == "\(role.rawValue)=\(i)" }
      // Rivals: another role for this column, or this role for another column (as far as that
      // column's claim beats its own next best).
      var rival = 0.0
      var rivalEvidence: [Evidence] = []
      for r in Role.allCases where r != role {
        let w = claim(i, r)
        guard w > rival else { continue }
        rival = w
        rivalEvidence = evidence[i].filter { $0.supports == "\(r.rawValue)=\(i)" }
      }
      for j in header.indices where j != i {
        guard role != .date || assigned[j] != .date else { continue }
        let rest = Role.allCases.filter { $0 != role }.map { claim(j, $0) }.max() ?? 0
        let strength = claim(j, role) - max(0, rest)
        if strength > rival {
          rival = strength
          rivalEvidence = evidence[j].filter { $0.supports == "\(role.rawValue)=\(j)" }
        }
      }
      let confidence = Scorer<Role>.rounded((own - rival) / (own + rival + 1))
      if weakest == nil || confidence < weakest!.confidence {
        weakest = (confidence, Scorer<Role>.rounded(own - rival), rivalEvidence)
      }
    }
    // Date columns' evidence names the role they took.
    func named(_ e: Evidence) -> Evidence {
      var e = e
      for (i, role) in [(columns.start, "start"), (columns.end, "end")] where i != nil && e.supports == "date=\(i!)" {
        e.supports = "\(role)=\(i!)"
      }
      return e
    }
    all = all.map(named)
    let decision: Decision<TaskColumns>
    if let weakest {
      decision = Decision(value: columns, evidence: all + weakest.rival.map(named), margin: weakest.margin, confidence: max(0, weakest.confidence))
    } else {
      decision = Decision(
        value: columns, evidence: [Evidence(kind: "assumed", supports: "none", weight: 0, note: "no column reads as a task table's")],
        margin: 0, confidence: 0)
    }
    let namesTask = header.indices.map { HeaderWords(header[$0].value, index: $0).task > 0 }
    return Reading(decision: decision, weights: weights, contents: contents, headerNamesTask: namesTask)
  }

  private static func order(_ role: Role) -> Int { Role.allCases.firstIndex(of: role) ?? 0 }

  /// How a decision's value is written: `day=0 task=1 start=2 end=3 references=4`.
  static func describe(_ c: TaskColumns) -> String {
    let parts: [(String, Int?)] = [("day", c.day), ("task", c.task), ("start", c.start), ("end", c.end), ("references", c.references)]
    let written = parts.compactMap { name, i in i.map { "\(name)=\($0)" } }
    return written.isEmpty ? "none" : written.joined(separator: " ")
  }
}
