/// How serious a finding is. Ordered: note < warning < error.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
  case note, warning, error

  var rank: Int {
    switch self {
    case .note: return 0
    case .warning: return 1
    case .error: return 2
    }
  }
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A problem in a user's worklog: which rule, how serious, where, and how to fix it.
///
/// The model knows nothing about rendering; renderers resolve paths and draw snippets.
public struct Diagnostic: Sendable, Hashable {
  /// Stable rule code (`WL303`); codes are never reused.
  public var code: String
  /// The rule's kebab-case name (`task-dates-in-order`).
  public var name: String
  public var severity: Severity
  /// A lower-case fragment without a trailing period.
  public var message: String
  public var path: String
  public var range: SourceRange
  /// A full sentence a beginner can act on, when there is a fix (the JSON `fix` hint).
  public var fix: String?
  /// The mechanical repair `worklog fix` can make, when there is one (the JSON `autofix`).
  public var autofix: Fix?

  public init(
    code: String, name: String, severity: Severity, message: String, path: String, range: SourceRange,
    fix: String? = nil, autofix: Fix? = nil
  ) {
    self.code = code
    self.name = name
    self.severity = severity
    self.message = message
    self.path = path
    self.range = range
    self.fix = fix
    self.autofix = autofix
  }

  /// Path, then position, then code: the order every renderer prints in.
  ///
  /// The order is total (the rest of the finding breaks ties), so the output does not depend on
  /// the order the findings were made in, whatever the number of cores.
  public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    if a.path != b.path { return NaturalOrder.precedes(a.path, b.path) }
    if a.range.start.line != b.range.start.line { return a.range.start.line < b.range.start.line }
    if a.range.start.column != b.range.start.column { return a.range.start.column < b.range.start.column }
    if a.code != b.code { return a.code < b.code }
    if a.message != b.message { return a.message < b.message }
    if a.range.end.offset != b.range.end.offset { return a.range.end.offset < b.range.end.offset }
    if a.range.start.offset != b.range.start.offset { return a.range.start.offset < b.range.start.offset }
    if a.severity != b.severity { return a.severity > b.severity }
    if a.name != b.name { return a.name < b.name }
    return (a.fix ?? "") < (b.fix ?? "")
  }
}
