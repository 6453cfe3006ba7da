/// One example of a rule: a page (or, for site rules, several pages) that triggers it or not.
///
/// In a triggering example, each `↓` marks where a finding must start; the marks are removed
/// before the example is linted. The examples are the rule's documentation and its tests.
/// U+E0FF in a text stands for the byte 0xFF, which no Swift string can hold, so examples can
/// show files that are not UTF-8.
public struct RuleExample: Sendable {
  /// The private-use character written as the raw byte 0xFF.
  public static let invalidByte: Unicode.Scalar = "\u{E0FF}"

  /// The bytes of an example text, with `invalidByte` written as 0xFF.
  public static func bytes(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    for scalar in text.unicodeScalars {
      if scalar == invalidByte { out.append(0xFF) } else { out.append(contentsOf: String(scalar).utf8) }
    }
    return out
  }

  /// Files by path; a single-page example uses `RuleExample.defaultPath`.
  public var files: [(path: String, text: String)]
  /// For a triggering example whose findings can be fixed: each file's text after `worklog fix
  /// --unsafe` (every fix applied), by path. Files not named are unchanged. The example tests
  /// apply the findings' fixes and compare byte for byte.
  public var fixed: [(path: String, text: String)] = []

  public static let defaultPath = "site/content/1-Worklog/1.3-Week3/_index.md"

  /// A one-page example at the default path (week 3, English).
  public init(_ text: String) { files = [(RuleExample.defaultPath, text)] }
  /// A one-page example at `path`.
  public init(path: String, _ text: String) { files = [(path, text)] }
  /// A several-page example.
  public init(files: [(path: String, text: String)]) { self.files = files }
  /// A one-page example at the default path and its text once fixed.
  public init(_ text: String, fixed: String) {
    files = [(RuleExample.defaultPath, text)]
    self.fixed = [(RuleExample.defaultPath, fixed)]
  }
  /// A one-page example at `path` and its text once fixed.
  public init(path: String, _ text: String, fixed: String) {
    files = [(path, text)]
    self.fixed = [(path, fixed)]
  }
  /// A several-page example and the texts of the files its fixes change.
  public init(files: [(path: String, text: String)], fixed: [(path: String, text: String)]) {
    self.files = files
    self.fixed = fixed
  }
}

/// What a rule is: its stable code and name, its default severity, and its documentation.
public struct RuleDescription: Sendable {
  /// `WL` and three digits; never reused, even when a rule is retired.
  public var code: String
  /// Kebab-case name, accepted wherever a code is.
  public var name: String
  public var severity: Severity
  /// One line: what the rule finds.
  public var summary: String
  /// Why it matters, in a few sentences.
  public var rationale: String
  public var triggering: [RuleExample]
  public var nonTriggering: [RuleExample]

  public init(
    code: String, name: String, severity: Severity, summary: String, rationale: String,
    triggering: [RuleExample], nonTriggering: [RuleExample]
  ) {
    self.code = code
    self.name = name
    self.severity = severity
    self.summary = summary
    self.rationale = rationale
    self.triggering = triggering
    self.nonTriggering = nonTriggering
  }
}

/// A lint rule: a description and checks over a page, a site, or both.
public protocol LintRule: Sendable {
  var description: RuleDescription { get }
  /// Findings in one page (a week page, an overview, or one week of a whole-term page).
  func check(page: Worklog, context: LintContext) -> [Diagnostic]
  /// Findings across the pages of a site.
  func check(site: Site, context: LintContext) -> [Diagnostic]
}

extension LintRule {
  public func check(page: Worklog, context: LintContext) -> [Diagnostic] { [] }
  public func check(site: Site, context: LintContext) -> [Diagnostic] { [] }

  /// A finding of this rule in `file` at `range`, at the rule's default severity.
  func finding(
    _ file: SourceFile, _ range: SourceRange, _ message: String, fix: String? = nil, autofix: Fix? = nil
  ) -> Diagnostic {
    Diagnostic(
      code: description.code, name: description.name, severity: description.severity, message: message,
      path: file.path, range: range, fix: fix, autofix: autofix)
  }

  /// A finding at the start of a file (for problems that have no better place).
  func findingAtTop(_ page: Worklog, _ message: String, fix: String? = nil) -> Diagnostic {
    let line = page.segment?.lowerBound ?? 1
    return finding(page.source, page.source.range(ofLine: min(line, page.source.lineCount)), message, fix: fix)
  }
}
