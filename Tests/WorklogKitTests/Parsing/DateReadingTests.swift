import Testing

@testable import WorklogKit

@Suite struct DateReadingTests {
  @Test(arguments: [
    ("22/09/2025", DateReading.numeric(first: 22, second: 9, year: 2025)),
    ("09/22/2025", .numeric(first: 9, second: 22, year: 2025)),
    ("28/04", .numeric(first: 28, second: 4, year: nil)),
    ("22-09-2025", .numeric(first: 22, second: 9, year: 2025)),
    ("22.09.2025", .numeric(first: 22, second: 9, year: 2025)),
    ("22/09/25", .numeric(first: 22, second: 9, year: 2025)),
    ("21/11/2025 12:00", .numeric(first: 21, second: 11, year: 2025)),
    ("21/11/2025, 9:30 AM", .numeric(first: 21, second: 11, year: 2025)),
    ("**22/09/2025**", .numeric(first: 22, second: 9, year: 2025)),
    ("2025-09-22", .fixed(day(2025, 9, 22))),
    ("September 22, 2025", .fixed(day(2025, 9, 22))),
    ("Sep 22, 2025", .fixed(day(2025, 9, 22))),
    ("22 September 2025", .fixed(day(2025, 9, 22))),
    ("03-09/08/2026", .range(.numeric(first: 3, second: 8, year: 2026), .numeric(first: 9, second: 8, year: 2026))),
    ("06/07-30/07", .range(.numeric(first: 6, second: 7, year: nil), .numeric(first: 30, second: 7, year: nil))),
    ("06/07-30/07/2026", .range(.numeric(first: 6, second: 7, year: 2026), .numeric(first: 30, second: 7, year: 2026))),
    (
      "21/10/2025 - 22/10/2025",
      .range(.numeric(first: 21, second: 10, year: 2025), .numeric(first: 22, second: 10, year: 2025))
    ),
    ("29/10/20255", .malformed),
    ("22/092025", .malformed),
    ("2025-02-30", .noSuchDay),
    ("Ongoing", .notADate),
    ("Week 3", .notADate),
  ])
  func reads(_ text: String, _ reading: DateReading) {
    #expect(DateReading.parse(text) == reading)
  }

  @Test(arguments: ["", "-", "N/A", "TBD", "—"])
  func placeholdersAreNoDate(_ text: String) {
    #expect(DateReading.parse(text) == nil)
  }

  @Test func resolvingUnderEachOrder() {
    let reading = DateReading.numeric(first: 5, second: 1, year: 2026)
    #expect(reading.resolve(order: .dayFirst, defaultYear: nil).0 == day(2026, 1, 5))
    #expect(reading.resolve(order: .monthFirst, defaultYear: nil).0 == day(2026, 5, 1))
    #expect(
      DateReading.numeric(first: 31, second: 2, year: 2025).resolve(order: .dayFirst, defaultYear: nil).2 == .noSuchDay)
    #expect(
      DateReading.numeric(first: 28, second: 4, year: nil).resolve(order: .dayFirst, defaultYear: nil).2 == .missingYear
    )
    #expect(
      DateReading.numeric(first: 28, second: 4, year: nil).resolve(order: .dayFirst, defaultYear: 2025).0
        == day(2025, 4, 28))
  }
}
