import Testing

@testable import WorklogKit

/// Issue 16, defect 8: messages quote at most about 80 characters of the offending text.
@Suite struct QuotedTextTests {
  static let week = """
    ---
    title: "Week 3 Worklog"
    date: 2025-09-22
    weight: 3
    ---

    """
  static let header = "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"

  func message(_ rule: any LintRule, _ text: String) -> String? {
    LintHarness.lint(rule, text).first?.message
  }

  @Test func taskEmptyQuoteIsCut() throws {
    let dots = String(repeating: ".", count: 5000)
    let text = Self.week + Self.header + "| 2 | \(dots) | 22/09/2025 | 22/09/2025 |\n"
    let m = try #require(message(TaskEmptyRule(), text))
    #expect(m.count < 120)
    #expect(m.contains("…"))
  }

  @Test func weightQuoteIsCut() throws {
    let long = String(repeating: "w", count: 3000)
    let text = "---\ntitle: \"Week 3 Worklog\"\ndate: 2025-09-22\nweight: \(long)\n---\n"
    let m = try #require(message(WeightNotWeekRule(), text))
    #expect(m.count < 140)
    #expect(m.hasPrefix("weight is " + String(repeating: "w", count: 80) + "…"))
  }

  @Test func frontMatterDateQuoteIsCut() throws {
    let long = String(repeating: "d", count: 3000)
    let m = try #require(message(DateNotADateRule(), "---\ntitle: \"Week 3\"\ndate: \(long)\n---\n"))
    #expect(m.count < 120)
    #expect(m.contains("…"))
  }

  @Test func dateCellQuoteIsCut() throws {
    let long = String(repeating: "soon ", count: 1000)
    let text = Self.week + Self.header + "| 2 | Build a VPC | 22/09/2025 | \(long) |\n"
    let m = try #require(message(DateNotWrittenRule(), text))
    #expect(m.count < 140)
    #expect(m.contains("…"))
  }

  @Test func shortTextIsWhole() {
    #expect(Quote.cut("abc") == "abc")
    #expect(Quote.cut(String(repeating: "é", count: 80)) == String(repeating: "é", count: 80))
    #expect(Quote.cut(String(repeating: "é", count: 81)) == String(repeating: "é", count: 80) + "…")
  }
}
