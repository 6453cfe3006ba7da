import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The days a table covers, worked out in two arrays and locals, are what the maps and filters it
/// was first written with give: on tables of random dates, some far from the rest, some rows
/// with only a start or only an end, some with neither.
@Suite struct CoreDateRangeTests {
  @Test func theDaysCoveredAreTheFiltersReading() throws {
    var rng = SeededGenerator(seed: 61)
    var compared = 0
    for _ in 0..<400 {
      var text =
        "---\ntitle: Week 2\n---\n### Tasks\n| Day | Task | Start Date | Completion Date |\n|---|---|---|---|\n"
      func date() -> String {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return ""
        case 1: return "2026-\(Int.random(in: 1...12, using: &rng))-\(Int.random(in: 1...28, using: &rng))"
        default: return "2026-06-\(Int.random(in: 1...30, using: &rng))"
        }
      }
      for day in 1...Int.random(in: 1...9, using: &rng) {
        text += "| \(day) | Work \(day) | \(date()) | \(date()) |\n"
      }
      let page = try #require(WorklogParser.parse(SourceFile(path: "a.md", text: text)).first)
      let table = try #require(page.tasks)
      #expect(table.coreDateRange == table.coreDateRangeByFilters, "\(text)")
      if table.coreDateRange != nil { compared += 1 }
    }
    #expect(compared > 300)
  }
}
