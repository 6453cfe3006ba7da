/// `summary --format csv`: the `SummaryCSV` records, for a spreadsheet.
public struct SummaryCSVReporter: SummaryReporter {
  public init() {}

  public func end(_ ending: CohortSummary) -> String { SummaryCSV.render(ending) }
}
