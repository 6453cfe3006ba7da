/// A finding's fix as JSON (`autofix` in `lint --format json`): applicability, message and edits.
///
/// Each edit has its place as 1-based line and column (columns count Unicode scalars, as a
/// finding's do) and as byte offsets into the file (`offset`, `endOffset`, half-open), and its
/// replacement text; an edit in another file than the finding's names it (`path`) and, without
/// that file at hand, gives only its offsets.
public enum FixJSON {
  /// The JSON of `fix`, a fix of a finding in `path`; `source` is that file when known.
  public static func value(_ fix: Fix, path: String, source: SourceFile?) -> JSONValue {
    let edits = fix.edits.sorted { ($0.path ?? path, $0.range.lowerBound) < ($1.path ?? path, $1.range.lowerBound) }.map
    { edit -> JSONValue in
      var o: [String: JSONValue] = [
        "offset": .int(edit.range.lowerBound), "endOffset": .int(edit.range.upperBound),
        "replacement": .string(String(decoding: edit.replacement, as: UTF8.self)),
      ]
      let file = edit.path ?? path
      if file != path { o["path"] = .string(file) }
      if file == path, let source, edit.range.upperBound <= source.bytes.count {
        let start = source.location(at: edit.range.lowerBound)
        let end = source.location(at: edit.range.upperBound)
        o["line"] = .int(start.line)
        o["column"] = .int(start.column)
        o["endLine"] = .int(end.line)
        o["endColumn"] = .int(end.column)
      }
      return .object(o)
    }
    return .object([
      "applicability": .string(fix.applicability.rawValue), "message": .string(fix.message), "edits": .array(edits),
    ])
  }
}
