/// The formats of `worklog status --format`.
public enum StatusFormat: String, OutputFormat {
  case text, json

  public static let standard = StatusFormat.text

  public var help: String {
    switch self {
    case .text: return "A few lines per site, for people"
    case .json: return "One JSON object; 'worklog schema status' describes it"
    }
  }
}
