import Testing
import WorklogTestSupport

@testable import WorklogKit

/// `PageTemplate`: the page it writes from a site's conventions.
@Suite struct PageTemplateTests {
  static let today = CalendarDate(year: 2025, month: 10, day: 15)!

  @Test func crlfSitesGetCRLFPages() throws {
    var files = LayoutFixture.all[0].files()
    for (path, text) in files { files[path] = text.replacing("\n", with: "\r\n") }
    let site = try #require(LayoutFixture.site(MemoryFileSystem(files)))
    let conventions = ConventionsLearner.learn(site: site, today: Self.today)
    let page = PageTemplate(conventions: conventions).page(week: 3, language: "en")
    #expect(page.contains("\r\n"))
    #expect(!page.replacing("\r\n", with: "").contains("\n"))
  }

  @Test func rowsKeepTheSeparatorsWidths() {
    let table = TableStyle(
      header: "| Day | Task        | Start Date |", separator: "| --- | ----------- | ---------- |", columnCount: 3,
      columns: TaskColumns(day: 0, task: 1, start: 2))
    #expect(table.row([0: "2", 2: "15/09/2025"]) == "| 2   |             | 15/09/2025 |")
  }

  @Test func aRowNumberColumnCountsRows() {
    var conventions = ConventionsLearner.learn(site: nil, today: Self.today)
    conventions.languages[0].table = Learned(
      TableStyle(cells: ["#", "Task", "Status"], columns: TaskColumns(day: 0, task: 1, dayIsRowNumber: true)),
      .defaulted)
    let page = PageTemplate(conventions: conventions).page(week: 1, language: "en")
    #expect(page.contains("| 1   |      |        |"))
    #expect(page.contains("| 5   |      |        |"))
  }

  @Test func datesFollowTheStyle() {
    let d = CalendarDate(year: 2025, month: 9, day: 5)!
    #expect(DateStyle(order: .monthFirst).text(d) == "09/05/2025")
    #expect(DateStyle(order: .dayFirst, separator: "-", padded: false, yearDigits: 0).text(d) == "5-9")
    #expect(DateStyle("YYYY-MM-DD")?.text(d) == "2025-09-05")
    #expect(DateStyle("DD.MM.YY")?.text(d) == "05.09.25")
  }
}
