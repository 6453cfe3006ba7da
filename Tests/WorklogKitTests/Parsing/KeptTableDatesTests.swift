import Testing

@testable import WorklogKit

/// A table's dates kept from its page's reading answer as a fresh reading does.
@Suite struct KeptTableDatesTests {
  private let rows = """
    | Day | Task | Start Date | Completion Date |
    | --- | --- | --- | --- |
    | Mon | Study the billing console | 29/12 | 30/12 |
    | Fri | Write the report | 02/01/2026 | 02/01 |
    """

  @Test func keptDatesAreTheFreshReadingsDates() throws {
    let table = try taskTable(rows, frontMatter: "date: 2026-01-02")
    let decision = try #require(table.dateOrder)
    let kept = try #require(KeptTableDates.dates(of: table, inputs: decision.inputs))
    let fresh = TableDates(table, inputs: decision.inputs)
    for order in [DateOrder.dayFirst, .monthFirst] {
      #expect(kept.allDates(order) == fresh.allDates(order))
      #expect(kept.allDates(order, anyYear: true) == fresh.allDates(order, anyYear: true))
      #expect(kept.starts(order) == fresh.starts(order))
    }
    #expect(kept.fields.map(\.fields.0) == fresh.fields.map(\.fields.0))
    #expect(kept.fields.map(\.fields.1) == fresh.fields.map(\.fields.1))
    #expect(kept.tableYear == fresh.tableYear)
    #expect(kept.rows.map(\.label) == fresh.rows.map(\.label))
  }

  @Test func otherInputsOrRowsAreNotAnswered() throws {
    var table = try taskTable(rows)
    let inputs = try #require(table.dateOrder).inputs
    #expect(KeptTableDates.dates(of: table, inputs: inputs) != nil)
    #expect(KeptTableDates.dates(of: table, inputs: DateInputs(frontMatterDate: nil, pageYear: 1999)) == nil)
    table.rows.removeLast()
    #expect(KeptTableDates.dates(of: table, inputs: inputs) == nil)
  }
}
