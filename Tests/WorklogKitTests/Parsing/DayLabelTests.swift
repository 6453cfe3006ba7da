import Testing

@testable import WorklogKit

/// Day-column labels read in a table whose dates sit in the week of Monday 22/09/2025.
@Suite struct DayLabelTests {
  private func onlyRow(_ label: String, date: String = "22/09/2025") throws -> TaskEntry {
    let table = try taskTable("| Day | Task | Start Date |\n| --- | --- | --- |\n| \(label) | Study | \(date) |")
    return try #require(table.rows.first)
  }

  /// The common labels' table answers as reading them word by word does, and so do texts
  /// that only look like them (other case, NFD, spaces).
  @Test(arguments: DayLabel.commonLabels + ["MONDAY", "thứ hai", "Thu\u{031B}\u{0301} 2", " Mon", "Day 8", "9", "0"])
  func commonLabelsReadAsTheirWords(_ label: String) {
    let known = DayLabel.parseReading(label)
    let read = DayLabel.parseReadingByWords(label)
    #expect(known.label == read.label && known.date == read.date, "\(label)")
  }

  @Test(arguments: [
    ("Mon", "22/09/2025", 1), ("Monday", "22/09/2025", 1), ("Thu", "25/09/2025", 4), ("**Tue**", "23/09/2025", 2),
    ("Thứ 2", "22/09/2025", 1), ("Thứ Tư", "24/09/2025", 3), ("T2", "22/09/2025", 1), ("T7", "27/09/2025", 6),
    ("CN", "28/09/2025", 7), ("Chủ nhật", "28/09/2025", 7),
    ("Hai", "22/09/2025", 1), ("Ba", "23/09/2025", 2), ("Tư", "24/09/2025", 3), ("Năm", "25/09/2025", 4),
    ("Sáu", "26/09/2025", 5),
    ("Day 3", "24/09/2025", 3), ("Ngày 3", "24/09/2025", 3),
    ("2 (T3)", "23/09/2025", 2), ("7 (CN)", "28/09/2025", 7),
    ("24/09/2025", "24/09/2025", 3),
  ])
  func namedWeekday(_ label: String, _ date: String, _ weekday: Int) throws {
    let row = try onlyRow(label, date: date)
    #expect(row.weekday == weekday)
    #expect(row.weekdayEnd == nil)
    #expect(row.day?.value == label.replacingAll("*", with: ""))
  }

  @Test(arguments: [
    ("Sat - Sun", "27/09/2025", 6, 7), ("Fri - Sat", "26/09/2025", 5, 6), ("2-3", "22/09/2025", 1, 2),
    ("6 - CN", "26/09/2025", 5, 7), ("4 ,5", "24/09/2025", 3, 4),
  ])
  func weekdayRange(_ label: String, _ date: String, _ start: Int, _ end: Int) throws {
    let row = try onlyRow(label, date: date)
    #expect(row.weekday == start)
    #expect(row.weekdayEnd == end)
  }

  @Test func labelThatNamesNoDay() throws {
    let row = try onlyRow("Full week")
    #expect(row.weekday == nil)
    #expect(row.day?.value == "Full week")
  }

  @Test func vietnameseNumberingTwoIsMonday() throws {
    let table = try taskTable(
      """
      | Thứ | Công việc | Ngày bắt đầu |
      | --- | --- | --- |
      | 2 | a | 22/09/2025 |
      | 3 | b | 23/09/2025 |
      | 4 | c | 24/09/2025 |
      | 7 | d | 27/09/2025 |
      | CN | e | 28/09/2025 |
      """)
    #expect(table.dayNumbering == .vietnamese)
    #expect(table.rows.map(\.weekday) == [1, 2, 3, 6, 7])
  }

  @Test func ordinalNumberingOneIsMonday() throws {
    let table = try taskTable(
      """
      | Day | Task | Start Date |
      | --- | --- | --- |
      | 1 | a | 22/09/2025 |
      | 2 | b | 23/09/2025 |
      | 3 | c | 24/09/2025 |
      | 5 | d | 26/09/2025 |
      """)
    #expect(table.dayNumbering == .ordinal)
    #expect(table.rows.map(\.weekday) == [1, 2, 3, 5])
  }

  @Test func theDatesDecideWhatTheSameNumbersMean() throws {
    let vietnamese = try taskTable(
      "| Day | Task | Start Date |\n| - | - | - |\n| 2 | a | 22/09/2025 |\n| 3 | b | 23/09/2025 |")
    let ordinal = try taskTable(
      "| Day | Task | Start Date |\n| - | - | - |\n| 2 | a | 23/09/2025 |\n| 3 | b | 24/09/2025 |")
    #expect(vietnamese.dayNumbering == .vietnamese)
    #expect(vietnamese.rows.map(\.weekday) == [1, 2])
    #expect(ordinal.dayNumbering == .ordinal)
    #expect(ordinal.rows.map(\.weekday) == [2, 3])
  }

  @Test func withoutDatesARunFromOneIsACountNotWeekdays() throws {
    // Nothing on the page says `1` is Monday: it counts rows or days as often as it names one.
    let table = try taskTable("| Day | Task |\n| - | - |\n| 1 | a |\n| 2 | b |")
    #expect(table.dayNumbering == nil)
    #expect(table.rows.map(\.weekday) == [nil, nil])
    let vietnamese = try taskTable("| Thứ | Công việc |\n| - | - |\n| 2 | a |\n| 3 | b |")
    #expect(vietnamese.dayNumbering == .vietnamese)
    #expect(vietnamese.rows.map(\.weekday) == [1, 2])
  }

  @Test func namedLabelsLeaveNumberingUndecided() throws {
    let table = try taskTable("| Day | Task |\n| - | - |\n| Mon | a |")
    #expect(table.dayNumbering == nil)
  }

  @Test func dayNumbersWithoutDatesAreNotWeekdays() throws {
    let table = try taskTable("| Day | Task |\n| - | - |\n| Day 1 | a |\n| Day 2 | b |\n| Ngày 3 | c |")
    #expect(table.rows.map(\.weekday) == [nil, nil, nil])
    let pair = try taskTable("| Day | Task |\n| - | - |\n| 1-2 | a |\n| 3 | b |")
    #expect(pair.rows.map(\.weekday) == [nil, nil])
    #expect(pair.rows.map(\.weekdayEnd) == [nil, nil])
  }

  @Test func dayNumbersThatFitTheDatesAreWeekdays() throws {
    // 6–8 April 2026 is Monday to Wednesday.
    let table = try taskTable(
      """
      | Day | Task | Start Date |
      | - | - | - |
      | Day 1 | a | 06/04/2026 |
      | Day 2 | b | 07/04/2026 |
      | Day 3 | c | 08/04/2026 |
      """)
    #expect(table.rows.map(\.weekday) == [1, 2, 3])
  }

  @Test func aRunningCountOfInternshipDaysNamesNoWeekday() throws {
    // Days 6 to 9 of an internship, Monday to Thursday: 6, 7, 8 are no Thứ 6, 7, CN.
    let table = try taskTable(
      """
      | Day | Task | Start Date |
      | - | - | - |
      | 6 | a | 06/04/2026 |
      | 7 | b | 07/04/2026 |
      | 8 | c | 08/04/2026 |
      | 9 | d | 09/04/2026 |
      """)
    #expect(table.rows.map(\.weekday) == [nil, nil, nil, nil])
    #expect(table.dayNumbering == nil)
  }
}
