/// Findings as JSON: the stable machine output of `worklog lint --format json`.
public enum DiagnosticJSON {
  /// One finding: path, line, column, endLine, endColumn, severity, code, name, message, and
  /// fix when there is one. Lines and columns are 1-based; columns count Unicode scalars.
  /// `autofix` when the finding has a mechanical fix (`FixJSON`; `source` gives its lines).
  ///
  /// The readable definition of a finding, and the oracle `write(_:source:into:)` is tested
  /// against: a field added here must be added there too, in its sorted place.
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

  /// `finding(d, source: source)` written straight into `w`, keys in their sorted order: the
  /// same bytes, without a dictionary per finding built, sorted and freed (three quarters of
  /// `lint --format json`'s rendering when it was).
  static func write(_ d: Diagnostic, source: SourceFile?, into w: inout JSONByteWriter) {
    w.beginObject()
    if let autofix = d.autofix {
      w.key("autofix")
      FixJSON.write(autofix, path: d.path, source: source, into: &w)
    }
    w.field("code", d.code)
    w.field("column", d.range.start.column)
    w.field("endColumn", d.range.end.column)
    w.field("endLine", d.range.end.line)
    if let fix = d.fix {
      w.field("fix", fix)
    }
    w.field("line", d.range.start.line)
    w.field("message", d.message)
    w.field("name", d.name)
    w.field("path", d.path)
    w.field("severity", d.severity.rawValue)
    w.endObject()
  }

  /// The text of one element of `lint --format json`'s array: `finding(d, source: source)`
  /// compact on one line after its indent, as `JSONArrayWriter.element(_:pretty: false)` gives it.
  static func element(_ d: Diagnostic, source: SourceFile?) -> String {
    var w = JSONByteWriter(
      pretty: false, depth: JSONArrayWriter.elementDepth(pretty: false), prefix: JSONArrayWriter.elementPrefix,
      capacity: 512)
    write(d, source: source, into: &w)
    return w.string
  }
}
