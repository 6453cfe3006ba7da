import Testing

@testable import WorklogKit

/// The task rules' row walks (`TableRowIndices`, `RowDateCells`, the screen of
/// `TaskText.isPlaceholder`) read the rows the copied arrays held, in their order.
@Suite struct TableRowIndicesTests {
  static let header =
    "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"

  static func table(_ rows: String) throws -> TaskTable {
    let page = try #require(WorklogParser.parse(SourceFile(path: "a/_index.md", text: header + rows)).first)
    return try #require(page.tasks)
  }

  /// The rows the rules once copied (the reference): all but those with more cells than the
  /// header.
  static func rowsInPlace(_ table: TaskTable) -> [TaskEntry] {
    let overfull = Set(table.raggedRows.filter { $0.cells > $0.expected }.map(\.row))
    return table.rows.indices.filter { !overfull.contains($0) }.map { table.rows[$0] }
  }

  /// The rows with exactly as many cells as the header (the reference).
  static func rowsOfHeaderWidth(_ table: TaskTable) -> [TaskEntry] {
    let ragged = Set(table.raggedRows.map(\.row))
    return table.rows.indices.filter { !ragged.contains($0) }.map { table.rows[$0] }
  }

  @Test func indicesNameTheRowsInPlaceAndOfHeaderWidth() throws {
    let tables = [
      try Self.table("| 2 | Lab | 22/09/2025 | 22/09/2025 | - |\n| 3 | Read | 23/09/2025 | 23/09/2025 | - |\n"),
      try Self.table(
        "| 2 | Lab | 22/09/2025 | 22/09/2025 | - |\n| 3 | A | B | 23/09/2025 | 23/09/2025 | - |\n"
          + "| 4 | Short | 24/09/2025 |\n| 5 | Read | 25/09/2025 | 25/09/2025 | - |\n"),
    ]
    for table in tables {
      #expect(table.rowIndicesInPlace.map { table.rows[$0].line } == Self.rowsInPlace(table).map(\.line))
      #expect(table.rowIndicesOfHeaderWidth.map { table.rows[$0].line } == Self.rowsOfHeaderWidth(table).map(\.line))
    }
    #expect(tables[1].rowIndicesInPlace.count(where: { _ in true }) == 3)
    #expect(tables[1].rowIndicesOfHeaderWidth.count(where: { _ in true }) == 2)
  }

  @Test func dateCellsAreTheStartThenTheCompletion() throws {
    let table = try Self.table(
      "| 2 | Lab | 22/09/2025 | 23/09/2025 | - |\n| 3 | Read |  | 23/09/2025 | - |\n| 4 | Rest |  |  | - |\n")
    let names = table.rows.map { row in row.dateCells.map(\.name) }
    let expected = table.rows.map { row in
      [("start", row.start), ("completion", row.end)].compactMap { name, cell in cell.map { _ in name } }
    }
    #expect(names == expected)
    #expect(table.rows.first.map { Array($0.dateCells).map(\.cell.raw.value) } == ["22/09/2025", "23/09/2025"])
  }

  @Test func theScreenedPlaceholderAnswersAsTheWordReading() {
    for text in [
      "", "-", "--", "N/A", "n/a", "None", "Không", "KHÔNG CÓ", "Trống", "x", "…", "TBD", "Read the guide", "12",
      "nil", "null", "no", "na", "khong co", String(repeating: "-", count: 40), String(repeating: "a", count: 40),
      "Kho\u{0302}ng", "\u{212A}", "K", "none 1", "N/A.", "*none*", "`-`",
    ] {
      #expect(TaskText.isPlaceholder(text) == TaskText.isPlaceholderByWords(text), "\(text)")
    }
  }
}
