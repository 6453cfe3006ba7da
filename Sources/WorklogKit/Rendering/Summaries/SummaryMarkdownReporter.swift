/// `summary --format markdown`: `SummaryMarkdown`, to paste into an issue.
public struct SummaryMarkdownReporter: SummaryReporter {
  /// The strip's symbols and how much `--week N` over several sites shows.
  public var style: SummaryStyle

  public init(style: SummaryStyle = SummaryStyle()) { self.style = style }

  public func end(_ ending: CohortSummary) -> String { SummaryMarkdown.render(ending, style: style) }
}
