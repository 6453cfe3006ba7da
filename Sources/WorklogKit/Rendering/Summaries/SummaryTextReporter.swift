/// `summary --format text`: `SummaryText`, 80 columns.
public struct SummaryTextReporter: SummaryReporter {
  /// The strip's symbols and how much `--week N` over several sites shows.
  public var style: SummaryStyle

  public init(style: SummaryStyle = SummaryStyle()) { self.style = style }

  public func end(_ ending: CohortSummary) -> String { SummaryText.render(ending, style: style) }
}
