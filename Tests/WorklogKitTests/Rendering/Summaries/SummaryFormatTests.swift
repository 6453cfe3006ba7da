import Testing

@testable import WorklogKit

@Suite struct SummaryFormatTests {
  @Test func everyFormatHasItsOwnReporter() {
    let types = Set(SummaryFormat.allCases.map { "\(type(of: $0.reporter()))" })
    #expect(types.count == SummaryFormat.allCases.count)
    #expect(SummaryFormat.allCases.map(\.rawValue) == ["text", "markdown", "json", "csv"])
  }

  @Test func eachReporterWritesItsRenderer() {
    let cohort = CohortSummary(sites: [], sort: .name, focusWeek: nil)
    func output(_ format: SummaryFormat) -> String {
      var reporter = format.reporter()
      return reporter.begin() + reporter.end(cohort)
    }
    #expect(output(.text) == SummaryText.render(cohort))
    #expect(output(.markdown) == SummaryMarkdown.render(cohort))
    #expect(output(.json) == SummaryJSON.document(cohort).pretty() + "\n")
    #expect(output(.csv) == SummaryCSV.render(cohort))
  }
}
