import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct TableScannerTests {
  private func tables(_ text: String) -> [RawTable] {
    let file = SourceFile(path: "p.md", text: text)
    return TableScanner.scan(file, MarkdownLineScanner.scan(file, from: 1))
  }

  @Test func pipeTableNeedsASeparatorLine() throws {
    let found = tables("| a | b |\n| - | - |\n| 1 | 2 |\n| 3 | 4 |\n\n| not | a table |\n| x | y |\n")
    try #require(found.count == 1)
    #expect(found[0].kind == .pipe)
    #expect(found[0].header.cells.map(\.markdown) == ["a", "b"])
    #expect(found[0].rows.map { $0.cells.map(\.markdown) } == [["1", "2"], ["3", "4"]])
    #expect(found[0].lines == 1...4)
  }

  @Test func separatorWithAlignmentColons() {
    #expect(tables("| a | b |\n|:--|--:|\n| 1 | 2 |").count == 1)
    #expect(tables("| a | b |\n|:-:|:-:|\n| 1 | 2 |").first?.rows.count == 1)
  }

  /// Rows split a word at a time give the cells a byte-at-a-time split gives: random rows of
  /// pipes, escaped pipes, backslashes and text of every length around the eight-byte steps.
  @Test func rowsSplitAsByteAtATime() {
    let pieces = ["|", "|", #"\|"#, #"\\|"#, #"\"#, " ", "a", "Task", "Tìm hiểu VPC", "0123456789", "abcdefg", "x|y"]
    var random = SeededGenerator(seed: 17)
    func reference(_ bytes: [UInt8], _ t: Range<Int>) -> [Range<Int>] {
      var out: [Range<Int>] = []
      var start = t.lowerBound + 1
      var i = start
      while i < t.upperBound {
        if bytes[i] == 0x5C, i + 1 < t.upperBound {
          i += 2
          continue
        }
        if bytes[i] == 0x7C {
          out.append(ByteText.trimmed(bytes, start..<i))
          start = i + 1
        }
        i += 1
      }
      if start < t.upperBound, !ByteText.trimmed(bytes, start..<t.upperBound).isEmpty {
        out.append(ByteText.trimmed(bytes, start..<t.upperBound))
      }
      return out
    }
    for _ in 0..<3_000 {
      var row = "|"
      for _ in 0..<Int.random(in: 0...14, using: &random) {
        row += pieces[Int.random(in: 0..<pieces.count, using: &random)]
      }
      let file = SourceFile(path: "p.md", text: row)
      let line = MarkdownLine(number: 1, kind: .tableRow, content: 0..<file.bytes.count)
      let cells = TableScanner.pipeRow(file, line)
      #expect(cells.cells.map(\.bytes) == reference(file.bytes, 0..<file.bytes.count), "\(row)")
    }
  }

  @Test func escapedPipeStaysInItsCell() throws {
    let row = try #require(tables(#"| a | b |\#n| - | - |\#n| ALB \| NLB | 2 |"#).first?.rows.first)
    #expect(row.cells.map(\.markdown) == ["ALB | NLB", "2"])
  }

  @Test func escapedPipesInTheHeaderAndALastCellWithoutAPipe() throws {
    let table = try #require(tables(#"| a \| b | c |\#n| - | - |\#n| x | y \| z"#).first)
    #expect(table.header.cells.map(\.markdown) == ["a | b", "c"])
    #expect(table.rows.first?.cells.map(\.markdown) == ["x", "y | z"])
  }

  @Test func escapedBackslashBeforeAPipeEndsTheCell() throws {
    let row = try #require(tables(#"| a | b |\#n| - | - |\#n| x \\| y |"#).first?.rows.first)
    #expect(row.cells.map(\.markdown) == [#"x \\"#, "y"])
  }

  @Test func unescapedPipeMakesAnExtraCell() throws {
    let row = try #require(tables("| a | b |\n| - | - |\n| ALB | NLB | 2 |").first?.rows.first)
    #expect(row.cells.map(\.markdown) == ["ALB", "NLB", "2"])
  }

  @Test func rowWithoutATrailingPipe() throws {
    let row = try #require(tables("| a | b |\n| - | - |\n| 1 | 2").first?.rows.first)
    #expect(row.cells.map(\.markdown) == ["1", "2"])
  }

  @Test func emptyCellsAreKept() throws {
    let table = try #require(tables("|  | Task |\n| - | - |\n|  | x |").first)
    #expect(table.header.cells.map(\.markdown) == ["", "Task"])
    #expect(table.rows[0].cells.map(\.markdown) == ["", "x"])
  }

  @Test func cellRangesPointAtTheCellText() throws {
    let text = "| a | b |\n| - | - |\n| 22/09/2025 | x |"
    let file = SourceFile(path: "p.md", text: text)
    let row = try #require(tables(text).first?.rows.first)
    let range = file.range(row.cells[0].bytes)
    #expect(range.start.line == 3)
    #expect(range.start.column == 3)
    #expect(range.end.column == 13)
  }

  @Test func htmlTableWithListCellsAndLinks() throws {
    let found = tables(
      """
      <table>
        <thead><tr><th>Day</th><th>Task</th><th>Start Date</th><th>Reference</th></tr></thead>
        <tbody>
          <tr>
            <td>2</td>
            <td><ul><li>Read the ECS docs</li><li>Run a task</li></ul></td>
            <td>17/11/2025</td>
            <td><a href="https://docs.aws.amazon.com/ecs/">ECS guide</a></td>
          </tr>
        </tbody>
      </table>
      """)
    let table = try #require(found.first)
    #expect(table.kind == .html)
    #expect(table.header.cells.map(\.markdown) == ["Day", "Task", "Start Date", "Reference"])
    try #require(table.rows.count == 1)
    #expect(
      table.rows[0].cells.map(\.markdown) == [
        "2", "Read the ECS docs<br>Run a task", "17/11/2025", "[ECS guide](https://docs.aws.amazon.com/ecs/)",
      ])
    #expect(table.rows[0].line == 4)
    #expect(table.lines == 1...11)
  }
}
