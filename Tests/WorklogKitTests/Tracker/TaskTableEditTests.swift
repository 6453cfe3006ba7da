import Testing

@testable import WorklogKit

/// The pieces of a `worklog add` edit: how a table's styles are learned and written, and the
/// read-back check that refuses an edit that does not say what was meant.
@Suite struct TaskTableEditTests {
  static let path = "site/content/1-Worklog/1.1-Week1/_index.md"

  static func page(_ rows: [String]) -> Worklog {
    let text =
      ([
        "---", "title: \"Week 1\"", "weight: 1", "---", "", "### Tasks:",
        "| Day | Task | Start Date | Completion Date | Reference |", "| --- | --- | --- | --- | --- |",
      ] + rows + [""])
      .joined(separator: "\n")
    return WorklogParser.parse(SourceFile(path: path, text: text), path: PagePath(path))[0]
  }

  static func date(_ iso: String) -> CalendarDate { CalendarDate.parseISO(iso)! }

  @Test(arguments: [
    ("- a<br>- b", "<br>", "- "), ("1. a <br/> 2. b", " <br/> ", "3. "), ("a", "<br>", ""),
    ("+ a<br>&emsp;+ sub", "<br>", "+ "),
  ])
  func joinsFollowTheCell(cell: String, separator: String, marker: String) {
    let join = CellJoin.learn(cell, others: [])
    #expect(join.separator == separator)
    #expect(join.marker == marker)
  }

  @Test func aCellWithoutBreaksJoinsAsItsTableDoes() {
    #expect(CellJoin.learn("a", others: ["x <br> y"]).separator == " <br> ")
    #expect(CellJoin(separator: "<br>", marker: "- ").item("- own marker") == "- own marker")
  }

  @Test(arguments: [
    ("Mon", "Wed"), ("MONDAY", "WEDNESDAY"), ("thứ 2", "thứ 4"), ("Hai", "Tư"), ("*Day 1*", "*Day 3*"), ("T2", "T4"),
  ])
  func dayLabelsKeepTheirForm(written: String, wednesday: String) throws {
    let style = try #require(DayCellStyle.learn(written, weekday: 1, numbering: nil))
    #expect(style.write(Self.date("2025-10-15"), previous: nil, dates: .iso) == wednesday)
  }

  @Test func sundayIsWrittenAsTheTableWouldName() throws {
    let thu = try #require(DayCellStyle.learn("Thứ 2", weekday: 1, numbering: nil))
    #expect(thu.write(Self.date("2025-10-19"), previous: nil, dates: .iso) == "Chủ nhật")
    let number = try #require(DayCellStyle.learn("2", weekday: 1, numbering: .vietnamese))
    #expect(number.write(Self.date("2025-10-19"), previous: nil, dates: .iso) == "CN")
    let count = try #require(DayCellStyle.learn("17", weekday: nil, numbering: nil))
    #expect(count.write(Self.date("2025-10-19"), previous: 17, dates: .iso) == "18")
  }

  @Test func datesAreWrittenInTheTablesFormat() {
    let page = Self.page(["| 2 | a | 3/9/2025 | 15/9/2025 | |"])
    let style = TableDateStyle.learn([(page.tasks!, page.source)])
    #expect(style.write(Self.date("2025-10-05")) == "5/10/2025")
    let none = Self.page(["| 2 | a |  |  | |"])
    #expect(
      TableDateStyle.learn([(none.tasks!, none.source), (page.tasks!, page.source)]).write(Self.date("2025-01-02"))
        == "2/1/2025")
    #expect(TableDateStyle.learn([(none.tasks!, none.source)]).write(Self.date("2025-01-02")) == "2025-01-02")
  }

  @Test func escapingLeavesEscapedPipesAlone() {
    #expect(PipeRow.escaped(#"a|b \| c"#) == #"a\|b \| c"#)
  }

  @Test func theEditChangesOnlyItsBytes() throws {
    let page = Self.page(["| 2 | a | 13/10/2025 | 13/10/2025 | |", "| 4 | c | 15/10/2025 | 15/10/2025 | |"])
    let addition = try TaskAddition(text: "b", date: Self.date("2025-10-14"))
    let edit = try TaskTableEdit.plan(addition, on: page)
    #expect(edit.kind == .inserted)
    #expect(edit.row == 1)
    let old = page.source.bytes
    let new = try #require(TextEdits.apply(edit.edits, to: old))
    let at = try #require(edit.edits.first).range.lowerBound
    #expect(Array(new.prefix(at)) == Array(old.prefix(at)))
    #expect(Array(new.suffix(old.count - at)) == Array(old.suffix(old.count - at)))
  }

  @Test func theReadBackRefusesAnEditThatSaysSomethingElse() throws {
    let page = Self.page(["| 2 | a | 13/10/2025 | 13/10/2025 | |"])
    let addition = try TaskAddition(text: "b", date: Self.date("2025-10-14"))
    var edit = try TaskTableEdit.plan(addition, on: page)
    let bytes = try #require(TextEdits.apply(edit.edits, to: page.source.bytes))
    let after = WorklogParser.parse(SourceFile(path: Self.path, bytes: bytes), path: PagePath(Self.path))[0]
    #expect(AddCheck.difference(page, after, edit) == nil)
    edit.date = Self.date("2025-10-16")
    #expect(AddCheck.difference(page, after, edit) == "the task would read back dated 2025-10-14, not 2025-10-16")
    edit.date = Self.date("2025-10-14")
    edit.expectedText = "c"
    #expect(AddCheck.difference(page, after, edit) == "the task would read back as other text")
    // Changing another row is refused too.
    let spoiled = Array(String(decoding: bytes, as: UTF8.self).replacingAll("| a |", with: "| z |").utf8)
    let other = WorklogParser.parse(SourceFile(path: Self.path, bytes: spoiled), path: PagePath(Self.path))[0]
    edit.expectedText = "b"
    #expect(AddCheck.difference(page, other, edit) == "task 1 would read differently")
  }

  @Test func aTextWithALineBreakIsRefused() {
    #expect(throws: TrackerError.self) { try TaskAddition(text: "a\r\nb", date: Self.date("2025-10-14")) }
  }
}
