/// Findings as JSON: the stable machine output of `worklog lint --format json`.
public enum DiagnosticJSON {
  /// One finding: path, line, column, endLine, endColumn, severity, code, name, message, and
  /// fix when there is one. Lines and columns are 1-based; columns count Unicode scalars.
  /// `autofix` when the finding has a mechanical fix (`FixJSON`; `source` gives its lines).
  public static func finding(_ d: Diagnostic, source: SourceFile? = nil) -> JSONValue {
    var o: [String: JSONValue] = [
      "path": .string(d.path), "line": .int(d.range.start.line), "column": .int(d.range.start.column),
      "endLine": .int(d.range.end.line), "endColumn": .int(d.range.end.column),
      "severity": .string(d.severity.rawValue),
      "code": .string(d.code), "name": .string(d.name), "message": .string(d.message),
    ]
    if let fix = d.fix { o["fix"] = .string(fix) }
    if let autofix = d.autofix { o["autofix"] = FixJSON.value(autofix, path: d.path, source: source) }
    return .object(o)
  }
}
