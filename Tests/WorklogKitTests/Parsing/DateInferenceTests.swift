import Testing

@testable import WorklogKit

@Suite struct DateInferenceTests {
  /// A three-column table (no Day column) with `(start, end)` rows.
  private func dates(_ rows: [(String, String)], frontMatter: String = "") throws -> TaskTable {
    let body = rows.map { "| Study | \($0.0) | \($0.1) |" }.joined(separator: "\n")
    return try taskTable(
      "| Task | Start Date | Completion Date |\n| --- | --- | --- |\n\(body)", frontMatter: frontMatter)
  }

  @Test func rowNumberColumnsNameNoWeekday() throws {
    // 05/05/2026 is a Tuesday: `1` counts rows here, it is no Monday.
    let table = try taskTable(
      """
      | No. | Task | Start Date | Completion Date |
      | --- | --- | --- | --- |
      | 1 | Study | 05/05/2026 | 05/05/2026 |
      | 2 | Build | 06/05/2026 | 06/05/2026 |
      """)
    #expect(table.columns.dayIsRowNumber)
    #expect(table.rows.map(\.weekday) == [nil, nil])
    #expect(table.rows.map(\.day?.value) == ["1", "2"])
    #expect(table.dayNumbering == nil)
  }

  @Test func spanCountsTheLastDayOfARange() throws {
    // Day-first keeps the range within a week; month-first would stretch it over half a year.
    let table = try taskTable(
      """
      | Week | Date | Work |
      | --- | --- | --- |
      | 3 | 04/05/2026 - 10/05/2026 | Study |
      """)
    #expect(table.dateOrder?.evidence == .span)
    #expect(table.rows[0].startDate == day(2026, 5, 4))
    #expect(table.rows[0].endDate == day(2026, 5, 10))
  }

  @Test func dayFirstFromAFieldAbove12() throws {
    let table = try dates([("05/10/2025", "13/10/2025")])
    #expect(table.dateOrder?.order == .dayFirst)
    #expect(table.dateOrder?.evidence == .fieldAbove12)
    #expect(table.dateOrder?.dayFirstCells == 1)
    #expect(table.rows[0].startDate == day(2025, 10, 5))
    #expect(table.rows[0].endDate == day(2025, 10, 13))
  }

  @Test func monthFirstFromAFieldAbove12() throws {
    let table = try dates([("10/05/2025", "10/13/2025")])
    #expect(table.dateOrder?.order == .monthFirst)
    #expect(table.dateOrder?.evidence == .fieldAbove12)
    #expect(table.dateOrder?.monthFirstCells == 1)
    #expect(table.rows[0].startDate == day(2025, 10, 5))
    #expect(table.rows[0].endDate == day(2025, 10, 13))
  }

  @Test func isoDatesNeedNoOrder() throws {
    let table = try dates([("2025-09-22", "2025-09-23")])
    #expect(table.dateOrder == nil)
    #expect(table.rows[0].startDate == day(2025, 9, 22))
    #expect(table.rows[0].endDate == day(2025, 9, 23))
  }

  @Test func namedWeekdayDecidesTheOrder() throws {
    // 05/01/2026 is Monday 5 January day-first, Friday 1 May month-first.
    let dayFirst = try taskTable("| Day | Task | Start Date |\n| - | - | - |\n| Mon | a | 05/01/2026 |")
    #expect(dayFirst.dateOrder?.order == .dayFirst)
    #expect(dayFirst.dateOrder?.evidence == .weekday)
    #expect(dayFirst.rows[0].startDate == day(2026, 1, 5))
    let monthFirst = try taskTable("| Day | Task | Start Date |\n| - | - | - |\n| Fri | a | 05/01/2026 |")
    #expect(monthFirst.dateOrder?.order == .monthFirst)
    #expect(monthFirst.dateOrder?.evidence == .weekday)
    #expect(monthFirst.rows[0].startDate == day(2026, 5, 1))
  }

  @Test func numberedWeekdayDecidesTheOrderWhenNothingStrongerDoes() throws {
    let table = try taskTable("| Thứ | Công việc | Ngày bắt đầu |\n| - | - | - |\n| 2 | a | 05/01/2026 |")
    #expect(table.dateOrder?.order == .dayFirst)
    #expect(table.dateOrder?.evidence == .weekday)
    #expect(table.rows[0].weekday == 1)
  }

  @Test func spanDecidesTheOrder() throws {
    let dayFirst = try dates([("05/01/2026", "06/01/2026"), ("07/01/2026", "09/01/2026")])
    #expect(dayFirst.dateOrder?.order == .dayFirst)
    #expect(dayFirst.dateOrder?.evidence == .span)
    #expect(dayFirst.rows.map(\.startDate) == [day(2026, 1, 5), day(2026, 1, 7)])
    let monthFirst = try dates([("01/05/2026", "01/06/2026"), ("01/07/2026", "01/09/2026")])
    #expect(monthFirst.dateOrder?.order == .monthFirst)
    #expect(monthFirst.dateOrder?.evidence == .span)
    #expect(monthFirst.rows.map(\.endDate) == [day(2026, 1, 6), day(2026, 1, 9)])
  }

  @Test func frontMatterDateDecidesTheOrder() throws {
    let dayFirst = try dates([("05/01/2026", "05/01/2026")], frontMatter: "date: 2026-01-05")
    #expect(dayFirst.dateOrder?.order == .dayFirst)
    #expect(dayFirst.dateOrder?.evidence == .frontMatterDate)
    let monthFirst = try dates([("05/01/2026", "05/01/2026")], frontMatter: "date: \"2026-05-01\"")
    #expect(monthFirst.dateOrder?.order == .monthFirst)
    #expect(monthFirst.dateOrder?.evidence == .frontMatterDate)
    #expect(monthFirst.rows[0].startDate == day(2026, 5, 1))
  }

  @Test func frontMatterDateFarFromBothReadingsDecidesNothing() throws {
    let table = try dates([("05/01/2026", "05/01/2026")], frontMatter: "date: 2024-01-01")
    #expect(table.dateOrder?.evidence == .assumed)
  }

  @Test func dayFirstIsAssumedWhenNothingDecides() throws {
    let table = try dates([("05/01/2026", "05/01/2026")])
    #expect(table.dateOrder?.order == .dayFirst)
    #expect(table.dateOrder?.evidence == .assumed)
    #expect(table.rows[0].startDate == day(2026, 1, 5))
  }

  @Test func missingYearComesFromOtherRows() throws {
    let table = try dates([("28/04", "28/04"), ("29/04/2025", "30/04/2025")])
    #expect(table.rows[0].startDate == day(2025, 4, 28))
    #expect(table.rows[0].start?.problem == nil)
  }

  @Test func missingYearComesFromTheFrontMatterDate() throws {
    let table = try taskTable(
      "| Day | Task | Start Date | Completion Date |\n| - | - | - | - |\n| Mon | Read | 04/28 | 04/28 |",
      frontMatter: "date: 2025-04-28")
    #expect(table.dateOrder?.order == .monthFirst)
    #expect(table.rows[0].startDate == day(2025, 4, 28))
    #expect(table.rows[0].weekday == 1)
  }

  @Test func missingYearWithNothingToTakeItFrom() throws {
    let table = try dates([("28/04", "29/04")])
    #expect(table.rows[0].startDate == nil)
    #expect(table.rows[0].start?.problem == .missingYear)
    #expect(table.rows[0].start?.raw.value == "28/04")
  }

  @Test func dashedDates() throws {
    let table = try dates([("22-09-2025", "23-09-2025")])
    #expect(table.rows[0].startDate == day(2025, 9, 22))
    #expect(table.rows[0].endDate == day(2025, 9, 23))
  }

  @Test func dateWithATime() throws {
    let table = try dates([("21/11/2025 12:00", "21/11/2025 17:30")])
    #expect(table.rows[0].startDate == day(2025, 11, 21))
    #expect(table.rows[0].endDate == day(2025, 11, 21))
    #expect(table.rows[0].start?.raw.value == "21/11/2025 12:00")
  }

  @Test func sharedMonthRangeInTheStartCell() throws {
    let table = try dates([("03-09/08/2026", "")])
    #expect(table.rows[0].startDate == day(2026, 8, 3))
    #expect(table.rows[0].endDate == day(2026, 8, 9))
    #expect(table.rows[0].start?.rangeEnd == day(2026, 8, 9))
  }

  @Test func rangeWithoutYearsTakesTheFrontMatterYear() throws {
    let table = try dates([("06/07-30/07", "")], frontMatter: "date: 2026-07-06")
    #expect(table.dateOrder?.order == .dayFirst)
    #expect(table.rows[0].startDate == day(2026, 7, 6))
    #expect(table.rows[0].endDate == day(2026, 7, 30))
  }

  @Test func rangeOfTwoFullDates() throws {
    let table = try dates([("21/10/2025 - 24/10/2025", "")])
    #expect(table.rows[0].startDate == day(2025, 10, 21))
    #expect(table.rows[0].endDate == day(2025, 10, 24))
  }

  @Test func rangeInTheCompletionCellEndsOnItsLastDay() throws {
    let table = try dates([("20/10/2025", "21/10/2025 - 24/10/2025")])
    #expect(table.rows[0].startDate == day(2025, 10, 20))
    #expect(table.rows[0].endDate == day(2025, 10, 24))
  }

  @Test func monthNameDates() throws {
    let table = try dates([("September 22, 2025", "Sep 23, 2025")])
    #expect(table.dateOrder == nil)
    #expect(table.rows[0].startDate == day(2025, 9, 22))
    #expect(table.rows[0].endDate == day(2025, 9, 23))
  }

  @Test(arguments: ["29/10/20255", "22/092025"])
  func typoIsMalformedAndKeepsItsText(_ typo: String) throws {
    let table = try dates([("22/10/2025", typo)])
    let end = try #require(table.rows[0].end)
    #expect(end.date == nil)
    #expect(end.problem == .malformed)
    #expect(end.raw.value == typo)
    #expect(end.raw.range.start.line == 5)
    #expect(table.rows[0].endDate == nil)
    #expect(table.rows[0].startDate == day(2025, 10, 22))
  }

  @Test func dayThatDoesNotExist() throws {
    let table = try dates([("31/02/2025", "28/02/2025")])
    let start = try #require(table.rows[0].start)
    #expect(start.date == nil)
    #expect(start.problem == .noSuchDay)
    #expect(start.raw.value == "31/02/2025")
    #expect(table.rows[0].endDate == day(2025, 2, 28))
  }

  @Test func wordsAreNotDates() throws {
    let table = try dates([("22/09/2025", "Ongoing")])
    #expect(table.rows[0].end?.problem == .notADate)
    #expect(table.rows[0].end?.raw.value == "Ongoing")
  }

  @Test func placeholderCellHasNoProblem() throws {
    let table = try dates([("22/09/2025", "-")])
    #expect(table.rows[0].end?.problem == nil)
    #expect(table.rows[0].end?.date == nil)
  }

  @Test func yearComesFromThePeriodLine() throws {
    let page = try onePage(
      """
      **Period:** 06/07/2026 – 12/07/2026

      ### Tasks to be carried out this week:

      | Task | Start Date | Completion Date |
      | --- | --- | --- |
      | Study | 06/07 | 07/07 |
      """)
    #expect(page.tasks?.rows[0].startDate == day(2026, 7, 6))
    #expect(page.tasks?.rows[0].endDate == day(2026, 7, 7))
  }

  @Test func yearComesFromAHeadingsRange() throws {
    let page = try onePage(
      """
      ### Week 3 Objectives (9–18 Apr 2026)

      - Learn the basics

      ### Tasks to be carried out this week:

      | Task | Start Date | Completion Date |
      | --- | --- | --- |
      | Study | 09/04 | 10/04 |
      """)
    #expect(page.tasks?.rows[0].startDate == day(2026, 4, 9))
    #expect(page.tasks?.rows[0].start?.problem == nil)
  }

  @Test func aYearInProseThatIsNotADateIsNotTheYear() {
    #expect(DateReading.yearsWritten(in: "Goals for 2027 and re:Invent 2024") == [])
    #expect(
      DateReading.yearsWritten(in: "Week 3 (9–18 Apr 2026), then 2026-04-20 and 21/04/2026") == [2026, 2026, 2026])
  }

  @Test(arguments: [
    ("18–19/08/2025", 18, 8, 19, 8), ("18—19/08/2025", 18, 8, 19, 8), ("29/06–03/07/2026", 29, 6, 3, 7),
  ])
  func compressedRangeWithADash(_ cell: String, _ d1: Int, _ m1: Int, _ d2: Int, _ m2: Int) throws {
    let table = try dates([(cell, "")])
    let year = m1 == 8 ? 2025 : 2026
    #expect(table.rows[0].startDate == day(year, m1, d1))
    #expect(table.rows[0].endDate == day(year, m2, d2))
  }

  @Test func aTableCrossingNewYearGivesJanuaryTheNextYear() throws {
    let table = try dates([("29/12", "30/12"), ("31/12", "02/01")], frontMatter: "date: 2025-12-29")
    #expect(table.dateOrder?.order == .dayFirst)
    #expect(table.rows.map(\.startDate) == [day(2025, 12, 29), day(2025, 12, 31)])
    #expect(table.rows[1].endDate == day(2026, 1, 2))
    // A January front matter date: December is the year before.
    let january = try dates([("30/12", "31/12"), ("01/01", "02/01")], frontMatter: "date: 2026-01-02")
    #expect(january.rows.map(\.startDate) == [day(2025, 12, 30), day(2026, 1, 1)])
    // A range in one cell.
    let range = try dates([("29/12 - 02/01", "")], frontMatter: "date: 2025-12-29")
    #expect(range.rows[0].endDate == day(2026, 1, 2))
  }
}
