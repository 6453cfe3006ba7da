import Testing

@testable import WorklogKit

@Suite struct CalendarDateTests {
  @Test func daysThatDoNotExistAreNil() {
    #expect(CalendarDate(year: 2025, month: 2, day: 31) == nil)
    #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CalendarDate(year: 2025, month: 11, day: 31) == nil)
    #expect(CalendarDate(year: 2025, month: 13, day: 1) == nil)
    #expect(CalendarDate(year: 20255, month: 10, day: 29) == nil)
  }

  @Test(arguments: [
    (day(1970, 1, 1), 4), (day(2025, 9, 8), 1), (day(2025, 9, 14), 7), (day(2026, 1, 5), 1), (day(2000, 2, 29), 2),
    (day(1969, 12, 31), 3),
  ])
  func isoWeekday(_ date: CalendarDate, _ weekday: Int) {
    #expect(date.weekday == weekday)
  }

  @Test func dayNumbersRoundTrip() {
    for n in stride(from: -800, to: 40_000, by: 37) {
      #expect(CalendarDate(dayNumber: n).dayNumber == n)
    }
    #expect(day(1970, 1, 1).dayNumber == 0)
    #expect(day(2025, 12, 31).adding(days: 1) == day(2026, 1, 1))
    #expect(day(2025, 9, 8).days(to: day(2025, 9, 12)) == 4)
  }

  /// `<` compares the fields; the day numbers give the same order, across months, years and
  /// leap days.
  @Test func orderIsTheOrderOfDayNumbers() {
    let start = CalendarDate(year: 1999, month: 12, day: 20)!.dayNumber
    let dates =
      stride(from: start, to: start + 3_000, by: 37).map { CalendarDate(dayNumber: $0) }
      + [CalendarDate(year: 2024, month: 2, day: 29)!, CalendarDate(year: 2024, month: 3, day: 1)!]
    for a in dates {
      for b in dates { #expect((a < b) == (a.dayNumber < b.dayNumber), "\(a) \(b)") }
    }
  }

  @Test func isoParsingIgnoresATimePart() {
    #expect(CalendarDate.parseISO("2025-09-22") == day(2025, 9, 22))
    #expect(CalendarDate.parseISO("2025-09-22T08:00:00Z") == day(2025, 9, 22))
    #expect(CalendarDate.parseISO("2025-09-22 08:00") == day(2025, 9, 22))
    #expect(CalendarDate.parseISO("2025-09-22x") == nil)
    #expect(CalendarDate.parseISO("2025-9-22") == nil)
    #expect(CalendarDate.parseISO("2025-02-30") == nil)
  }

  @Test func descriptionIsISO() {
    #expect(day(2025, 9, 8).description == "2025-09-08")
  }
}
