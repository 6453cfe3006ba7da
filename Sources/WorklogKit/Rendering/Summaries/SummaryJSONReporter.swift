/// `summary --format json`: the `SummaryJSON` document, indented.
public struct SummaryJSONReporter: SummaryReporter {
  public init() {}

  public func end(_ ending: CohortSummary) -> String { SummaryJSON.document(ending).pretty() + "\n" }
}
