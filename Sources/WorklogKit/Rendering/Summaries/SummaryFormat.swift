/// The formats of `worklog summary --format`. A new format is a case here, its help line, its
/// reporter in `reporter()`, and the reporter's own file.
public enum SummaryFormat: String, OutputFormat {
  case text, markdown, json, csv

  public static let standard = SummaryFormat.text

  public var help: String {
    switch self {
    case .text: return "Plain text, 80 columns"
    case .markdown: return "GitHub Markdown to paste into an issue"
    case .json: return "One JSON document; docs/summary-json.md describes it"
    case .csv: return "A CSV record per site and week, for a spreadsheet"
    }
  }

  /// The reporter writing this format; text and Markdown are drawn in `style`.
  public func reporter(_ style: SummaryStyle = SummaryStyle()) -> any SummaryReporter {
    switch self {
    case .text: return SummaryTextReporter(style: style)
    case .markdown: return SummaryMarkdownReporter(style: style)
    case .json: return SummaryJSONReporter()
    case .csv: return SummaryCSVReporter()
    }
  }
}
