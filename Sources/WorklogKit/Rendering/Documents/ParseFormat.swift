/// The formats of `worklog parse --format`: one array of documents, or one document a line.
public enum ParseFormat: String, OutputFormat {
  case json, jsonl

  public static let standard = ParseFormat.json

  public var help: String {
    switch self {
    case .json: return "One JSON array, indented"
    case .jsonl: return "One compact document per line, written as each site is read"
    }
  }
}
