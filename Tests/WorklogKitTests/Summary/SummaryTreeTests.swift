import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Objectives and achievements are counted by their top-level items and shown as trees.
@Suite struct SummaryTreeTests {
  typealias F = SummaryFixtures

  static func week() throws -> (CohortSummary, WeekSummary) {
    let text = F.page(
      week: 8, objectives: ["Learn Lambda\n  * handlers\n  * layers"],
      rows: [
        F.row("2", "Study Lambda", "27/10/2025", "27/10/2025")
      ], achievements: ["Wrote a handler\n  * in Python\n    * with tests", "Built an API"])
    let terms = F.terms([F.path("s", 8): text], options: SummaryOptions(weeks: .one(8)))
    let week = try #require(terms[0].week(8))
    return (CohortSummary(sites: terms, focusWeek: 8), week)
  }

  @Test func topLevelItemsAreCountedAndTheTreeKept() throws {
    let (_, week) = try Self.week()
    #expect(week.objectives.count == 1)
    #expect(week.achievements.count == 2)
    #expect(week.achievements.flattened.map(\.text) == ["Wrote a handler", "in Python", "with tests", "Built an API"])
    #expect(week.achievements.flattened.map(\.level) == [1, 2, 3, 1])
  }

  @Test func textAndMarkdownIndentTheTree() throws {
    let (cohort, _) = try Self.week()
    let text = SummaryText.render(cohort)
    #expect(
      text.contains("Achievements (2)\n  - Wrote a handler\n    - in Python\n      - with tests\n  - Built an API\n"))
    let markdown = SummaryMarkdown.render(cohort)
    #expect(
      markdown.contains("### Achievements (2)\n\n- Wrote a handler\n  - in Python\n    - with tests\n- Built an API\n"))
  }

  @Test func jsonHoldsTheTree() throws {
    let (cohort, _) = try Self.week()
    let json = SummaryJSON.document(cohort).serialized()
    #expect(
      json.contains(
        #""objectives":[{"children":[{"children":[],"kind":"item","text":"handlers"},{"children":[],"kind":"item","text":"layers"}],"kind":"item","text":"Learn Lambda"}]"#
      ))
    #expect(json.contains(#""schemaVersion":3"#))
  }
}
