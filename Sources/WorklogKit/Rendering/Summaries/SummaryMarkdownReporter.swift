/// `summary --format markdown`: `SummaryMarkdown`, to paste into an issue.
public struct SummaryMarkdownReporter: SummaryReporter {
  public init() {}

  public func end(_ ending: CohortSummary) -> String { SummaryMarkdown.render(ending) }
}
