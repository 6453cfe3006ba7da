/// The formats of `worklog lint --format`. A new format is a case here, its help line, its
/// reporter in `reporter(color:version:rules:)`, and the reporter's own file.
public enum LintFormat: String, OutputFormat {
  case text, json, sarif, github

  public static let standard = LintFormat.text

  public var help: String {
    switch self {
    case .text: return "Each finding with its line and a caret, then totals"
    case .json: return "A JSON array of findings, one per line"
    case .sarif: return "SARIF 2.1.0, for code scanning"
    case .github: return "Workflow commands that annotate a pull request"
    }
  }

  /// The reporter writing this format; `rules` are the rules the run uses, `version` the tool's,
  /// `fileSystem` the one the run reads (GitHub's paths are relative to its working directory).
  public func reporter(
    color: Bool, version: String, rules: [RuleDescription], fileSystem: (any FileSystem)? = nil
  ) -> any LintReporter {
    switch self {
    case .text: return LintTextReporter(color: color)
    case .json: return LintJSONReporter()
    case .sarif: return LintSARIFReporter(rules: rules, version: version)
    case .github: return fileSystem.map { LintGitHubReporter(fileSystem: $0) } ?? LintGitHubReporter()
    }
  }
}
