/// `summary --format text`: `SummaryText`, 80 columns.
public struct SummaryTextReporter: SummaryReporter {
  public init() {}

  public func end(_ ending: CohortSummary) -> String { SummaryText.render(ending) }
}
