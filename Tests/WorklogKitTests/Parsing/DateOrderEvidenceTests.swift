import Testing

@testable import WorklogKit

/// The date order weighed over all the evidence, not the first that speaks.
@Suite struct DateOrderEvidenceTests {
  private func table(_ rows: [(String, String, String)], frontMatter: String = "") throws -> TaskTable {
    let body = rows.map { "| \($0.0) | Work | \($0.1) | \($0.2) |" }.joined(separator: "\n")
    return try taskTable(
      "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n\(body)", frontMatter: frontMatter)
  }

  @Test func chanceWeekdaysDoNotOutweighFiveConsecutiveDays() throws {
    // Day-first: 5–9 April, each label a day off. Month-first: the 4th of May … September,
    // where Mon (4 May) and Fri (4 September) agree by chance.
    let t = try table([
      ("Mon", "05/04/2026", "05/04/2026"), ("Tue", "06/04/2026", "06/04/2026"), ("Wed", "07/04/2026", "07/04/2026"),
      ("Thu", "08/04/2026", "08/04/2026"), ("Fri", "09/04/2026", "09/04/2026"),
    ])
    #expect(t.dateOrder?.order == .dayFirst)
    #expect(t.dateOrder?.evidence == .span)
    #expect(t.dateOrder?.weighed.isAmbiguous == false)
    #expect(t.rows.map(\.startDate) == (5...9).map { day(2026, 4, $0) })
    // The weekday evidence for the other reading is still listed.
    #expect(
      t.dateOrder?.weighed.evidence.contains { $0.kind == "weekdayAgrees" && $0.supports == "monthFirst" } == true)
  }

  @Test func oneTypoCellDoesNotFlipTheTable() throws {
    // `04/13/2026` can only be month-first; every other cell and every weekday says day-first.
    let t = try table([
      ("Mon", "06/04/2026", "06/04/2026"), ("Tue", "07/04/2026", "07/04/2026"), ("Wed", "08/04/2026", "08/04/2026"),
      ("Thu", "09/04/2026", "09/04/2026"), ("Fri", "10/04/2026", "04/13/2026"),
    ])
    #expect(t.dateOrder?.order == .dayFirst)
    #expect(t.dateOrder?.monthFirstCells == 1)
    #expect(t.dateOrder?.weighed.isAmbiguous == false)
    #expect(t.rows[0].startDate == day(2026, 4, 6))
    #expect(t.rows[4].end?.problem == .noSuchDay)
  }

  @Test func frontMatterAgainstAChanceWeekdayIsAmbiguous() throws {
    // Three tasks on one date labelled Mon, Tue, Wed: month-first (Monday 4 May) fits one label,
    // day-first (Sunday 5 April) none, but it lies a day from the front matter date.
    let text = """
      ---
      date: 2026-04-06
      ---
      ### Tasks to be carried out this week:

      | Day | Task | Start Date | Completion Date |
      | --- | --- | --- | --- |
      | Mon | Read | 05/04/2026 | 05/04/2026 |
      | Tue | Write | 05/04/2026 | 05/04/2026 |
      | Wed | Test | 05/04/2026 | 05/04/2026 |
      """
    let page = try onePage(text)
    let order = try #require(page.tasks?.dateOrder)
    #expect(order.order == .dayFirst)
    #expect(order.evidence == .frontMatterDate)
    #expect(order.weighed.isAmbiguous)
    #expect(Set(order.weighed.evidence.map(\.supports)) == ["dayFirst", "monthFirst"])
    let notes = AmbiguousReadingRule().check(page: page, context: LintContext())
    #expect(notes.count == 1)
    #expect(notes.first?.message.hasPrefix("reading these dates day-first is a guess") == true)
    #expect(notes.first?.range.start.line == 6)
  }

  @Test func fieldsOnBothSidesGoToTheMajority() throws {
    let t = try table([
      ("Mon", "13/04/2026", "14/04/2026"), ("Wed", "15/04/2026", "04/16/2026"), ("Fri", "17/04/2026", "17/04/2026"),
    ])
    #expect(t.dateOrder?.order == .dayFirst)
    #expect(t.dateOrder?.evidence == .fieldAbove12)
    #expect(t.dateOrder?.dayFirstCells == 5)
    #expect(t.dateOrder?.monthFirstCells == 1)
    #expect(t.dateOrder?.weighed.isAmbiguous == false)
  }

  @Test func oneAgreeingWeekdayInSevenIsChance() {
    #expect(DateOrderEvidenceScorer.agreement(1, of: 7, most: 10) == 0)
    #expect(DateOrderEvidenceScorer.agreement(0, of: 5, most: 10) == 0)
    #expect(
      DateOrderEvidenceScorer.agreement(5, of: 5, most: 10) > DateOrderEvidenceScorer.agreement(1, of: 1, most: 10))
  }

  @Test func compactnessFadesFromAWeekToAMonth() {
    #expect(DateOrderEvidenceScorer.compactness(4) == 1)
    #expect(DateOrderEvidenceScorer.compactness(14) == 0.5)
    #expect(DateOrderEvidenceScorer.compactness(31) == 0)
    #expect(DateOrderEvidenceScorer.compactness(120) == 0)
  }
}
