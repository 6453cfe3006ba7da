import Testing
import WorklogTestSupport

@testable import WorklogKit

/// `TaskTableReader.choose`, which weighs the tables outside the tasks section only when none
/// inside it is taken, against the choice that weighs every table.
@Suite struct TaskTableChoiceTests {
  /// Tables a page may hold: task tables of every shape, data tables, link tables, one column.
  static let tables = [
    "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n| Mon | Set up the billing alarm for the account | 06/07/2026 | 06/07/2026 |\n",
    "| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |\n| --- | --- | --- | --- | --- |\n| 2 | Tìm hiểu về AWS<br>&emsp;+ Tạo VPC | 07/06/2026 | 2026-07-08 | [Lab 1](https://x.example/vi/) |\n",
    "| Date | Work |\n| --- | --- |\n| 07/06/2026 | Drew the network diagram of the shop app |\n| 07/07/2026 | Wrote notes |\n",
    "| Document | Content |\n| --- | --- |\n| Proposal | The plan for the shop app and its budget |\n",
    "| Model | Train | Test |\n| --- | --- | --- |\n| A | 0.85 | 0.81 |\n",
    "| Task |\n| --- |\n| Only a task |\n",
    "| # | Task | Status |\n| --- | --- | --- |\n| 1 | Review the IAM policies | Done |\n| 2 | Ongoing | |\n",
    "| Day | Task | Start | End |\n| --- | --- | --- | --- |\n| Tue | Study EC2 | 06/07 | 07/06 |\n| Wed | a \\| b | 08/07 | |\n",
    "| Link | Notes |\n| --- | --- |\n| [AWS](https://aws.example) | read later |\n",
  ]

  /// A random page of tables and the line ranges of its tasks sections.
  static func page(_ rng: inout SeededGenerator) -> (SourceFile, [RawTable], [ClosedRange<Int>]) {
    var text = ""
    for _ in 0..<Int.random(in: 0...4, using: &rng) {
      text += "Some words.\n\n" + (tables.randomElement(using: &rng) ?? "") + "\n"
    }
    let file = SourceFile(path: "p.md", bytes: Array(text.utf8))
    let found = TableScanner.scan(file, MarkdownLineScanner.scan(file, from: 1))
    let lines = max(1, text.utf8.filter { $0 == 0x0A }.count)
    let sections = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
      let a = Int.random(in: 1...lines, using: &rng)
      return a...Int.random(in: a...lines, using: &rng)
    }
    return (file, found, sections)
  }

  @Test func choiceAgreesWithWeighingEveryTable() {
    var rng = SeededGenerator(seed: 21)
    var chosen = 0
    for _ in 0..<600 {
      let (file, tables, sections) = Self.page(&rng)
      let new = TaskTableReader.choose(tables, taskLines: sections, file: file)
      let old = TaskTableReader.chooseWeighingAll(tables, taskLines: sections, file: file)
      #expect(new?.table.lines == old?.table.lines)
      #expect(new?.roles.columns == old?.roles.columns)
      #expect(new?.roles.decision == old?.roles.decision)
      if new != nil { chosen += 1 }
    }
    #expect(chosen > 100)
  }
}

/// `ColumnRoles.decide`, its weights in flat arrays and its roles in an array by column, against
/// `ColumnRolesOracle`, the same weighing with dictionaries, sets and nested arrays.
@Suite struct ColumnRolesOracleTests {
  static let headers = [
    "Day", "Task", "Công việc", "Start Date", "Completion Date", "Ngày", "Ngày hoàn thành", "Ngày bắt đầu", "Thứ",
    "Reference Material", "Nguồn tài liệu", "Status", "Date", "#", "STT", "", "Notes", "Document", "Content",
    "Detailed activities", "Resources / Notes", "End", "Deadline", "Work", "Model", "Train", "**Task**", "Link",
    "Nội dung", "Kết quả", "Thứ/Ngày", "Evidence", "Topic", "Mô tả công việc",
  ]

  static let cells = [
    "", "-", "N/A", "Mon", "Thứ 2", "Monday (06/07)", "2", "17", "Day 3", "06/07/2026", "07/06/2026", "2026-07-06",
    "04/05", "May 4, 2026", "29/10/20255", "0.85", "1.2", "Set up the billing alarm for the account",
    "Tìm hiểu về AWS<br>&emsp;+ Tạo VPC", "[Lab 1](https://x.example/vi/)", "https://a.example/b",
    "AWS VPC guide", "Done", "Ongoing", "a | b", "Thứ Hai (29/06/2026) – Thứ Sáu (03/07/2026)",
    "one two three four five six seven eight nine", "[Notes](https://x.example) and a long reading list here",
    "2 (15/06)", "Sat - Sun", "Đã hoàn thành bài lab", "x",
  ]

  @Test func decisionsAgree() {
    var rng = SeededGenerator(seed: 33)
    let at = SourceLocation(line: 1, column: 1, offset: 0)
    for _ in 0..<1500 {
      let n = Int.random(in: 1...6, using: &rng)
      let header = (0..<n).map { _ in
        Located(Self.headers.randomElement(using: &rng) ?? "", SourceRange(start: at, end: at))
      }
      let rows = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
        let count = Int.random(in: 0...9, using: &rng) == 0 ? Int.random(in: 0...(n + 2), using: &rng) : n
        return (0..<count).map { _ in ReadCell(Self.cells.randomElement(using: &rng) ?? "") }
      }
      let new = ColumnRoles.decide(header, cells: rows)
      let old = ColumnRolesOracle.decide(header, cells: rows)
      #expect(new.columns == old.columns)
      #expect(new.decision == old.decision)
      #expect(new.contents == old.contents)
      #expect(new.headerNamesTask == old.headerNamesTask)
      #expect(new.weight == old.weight)
      #expect(new.weighed == old.weighed)
      #expect(new.weights == old.weights)
    }
  }
}

/// `SourceFile.ranges(ofCells:)`, counted along a line once, against `range(_:)` for each cell.
@Suite struct CellRangesTests {
  static let pieces: [[UInt8]] = [
    Array("| ".utf8), Array(" |".utf8), Array("Tìm hiểu".utf8), Array("abc".utf8), Array("\n".utf8), Array("\r\n".utf8),
    Array("👍🏽".utf8), Array("e\u{301}".utf8), Array("ĐĐĐĐ".utf8), [0xFF], [0xE2, 0x80], [0xC3], Array("\t".utf8),
    Array(String(repeating: "x", count: 300).utf8), Array(String(repeating: "ứ", count: 200).utf8),
  ]

  @Test func rangesAgreeWithEachCellsRange() {
    var rng = SeededGenerator(seed: 44)
    for _ in 0..<800 {
      var bytes: [UInt8] = Int.random(in: 0...9, using: &rng) == 0 ? [0xEF, 0xBB, 0xBF] : []
      for _ in 0..<Int.random(in: 0...12, using: &rng) { bytes += Self.pieces.randomElement(using: &rng) ?? [] }
      let file = SourceFile(path: "c.md", bytes: bytes)
      var cells: [Range<Int>] = []
      var at = Int.random(in: 0...bytes.count, using: &rng)
      for _ in 0..<Int.random(in: 0...6, using: &rng) {
        // Mostly in order; sometimes backwards or past the end, which `range(_:)` answers.
        let lower = Int.random(in: 0...7, using: &rng) == 0 ? Int.random(in: 0...(bytes.count + 2), using: &rng) : at
        let upper = lower + Int.random(in: 0...40, using: &rng)
        cells.append(lower..<upper)
        at = upper + Int.random(in: 0...3, using: &rng)
      }
      #expect(file.ranges(ofCells: cells) == cells.map { file.range($0) }, "\(bytes) \(cells)")
    }
  }

  @Test func aPipeRowIsCountedAlongItsLine() {
    let text = "x\n| Thứ 2 | Tìm hiểu về AWS | 06/07/2026 |\n"
    let file = SourceFile(path: "r.md", bytes: Array(text.utf8))
    let cells = [4..<11, 14..<34, 37..<47]
    #expect(file.ranges(ofCells: cells) == cells.map { file.range($0) })
    #expect(file.ranges(ofCells: cells)[1].start.column == 11)
  }
}

/// `TableDates`' dates and starts, read in one pass for each order, against reading them apart.
@Suite struct TableDatesOnePassTests {
  static let days = ["Mon", "Tue", "Thứ 2", "Day 3", "06/07", "Monday (06/07)", "2", ""]
  static let dates = [
    "06/07/2026", "07/06/2026", "2026-07-06", "29/12", "02/01", "30/12/2025", "03-09/08/2026", "06/07 - 08/07",
    "21/10/2025 - 22/10/2025", "May 4, 2026", "31/02/2026", "29/10/20255", "Ongoing", "", "12/13", "13/12",
  ]

  @Test func onePassAgreesWithTheReadingsApart() throws {
    var rng = SeededGenerator(seed: 55)
    for _ in 0..<150 {
      var rows = "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
      for _ in 0..<Int.random(in: 1...6, using: &rng) {
        let day = Self.days.randomElement(using: &rng) ?? ""
        let start = Self.dates.randomElement(using: &rng) ?? ""
        let end = Self.dates.randomElement(using: &rng) ?? ""
        rows += "| \(day) | Study the console | \(start) | \(end) |\n"
      }
      let frontMatter = Bool.random(using: &rng) ? "date: 2026-01-02" : "title: x"
      let table = try taskTable(rows, frontMatter: frontMatter)
      let readWith = [
        table.dateOrder?.inputs, DateInputs(frontMatterDate: nil, pageYear: nil),
        DateInputs(frontMatterDate: nil, pageYear: 2025),
      ]
      for inputs in readWith.compactMap({ $0 }) {
        let dates = TableDates(table, inputs: inputs)
        for order in [DateOrder.dayFirst, .monthFirst] {
          #expect(dates.starts(order) == dates.readStarts(order), "\(rows)")
          #expect(dates.allDates(order) == dates.readAllDates(order, anyYear: false), "\(rows)")
          #expect(dates.allDates(order, anyYear: true) == dates.readAllDates(order, anyYear: true), "\(rows)")
        }
      }
    }
  }
}
