/// A finding as a summary and the report list it: where it is, what it says and how to fix it,
/// without the source file behind it.
public struct FindingSummary: Sendable, Hashable {
  /// The page's path as found.
  public var path: String
  /// The path below the site's root.
  public var relativePath: String
  public var line: Int
  public var column: Int
  /// `WL204`, and its name, `template-placeholder`.
  public var code: String
  public var name: String
  public var severity: Severity
  public var message: String
  /// The fix hint, when the rule gives one.
  public var fix: String?
  /// The week of the page it is on, when the page is a week.
  public var week: Int?

  init(_ d: Diagnostic, site: Site) {
    path = d.path
    relativePath = SummaryWording.relative(d.path, to: site.identity.root)
    line = d.range.start.line
    column = d.range.start.column
    code = d.code
    name = d.name
    severity = d.severity
    message = d.message
    fix = d.fix
    week = site.page(at: d.path)?.trustedWeek
  }
}
