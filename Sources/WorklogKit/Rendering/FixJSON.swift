/// A finding's fix as JSON (`autofix` in `lint --format json`): applicability, message and edits.
///
/// Each edit has its place as 1-based line and column (columns count Unicode scalars, as a
/// finding's do) and as byte offsets into the file (`offset`, `endOffset`, half-open), and its
/// replacement text; an edit in another file than the finding's names it (`path`) and, without
/// that file at hand, gives only its offsets.
public enum FixJSON {
  /// The JSON of `fix`, a fix of a finding in `path`; `source` is that file when known.
  public static func value(_ fix: Fix, path: String, source: SourceFile?) -> JSONValue {
    let edits = ordered(fix.edits, path: path).map { edit -> JSONValue in
      var o: [String: JSONValue] = [
        "offset": .int(edit.range.lowerBound), "endOffset": .int(edit.range.upperBound),
        "replacement": .string(String(decoding: edit.replacement, as: UTF8.self)),
      ]
      let file = edit.path ?? path
      if file != path { o["path"] = .string(file) }
      if let (start, end) = place(edit, path: path, source: source) {
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

  /// `value(fix, path: path, source: source)` written straight into `w`, keys in their sorted
  /// order (`DiagnosticJSON.write`).
  static func write(_ fix: Fix, path: String, source: SourceFile?, into w: inout JSONByteWriter) {
    w.beginObject()
    w.field("applicability", fix.applicability.rawValue)
    w.key("edits")
    w.beginArray()
    for edit in ordered(fix.edits, path: path) {
      w.element()
      w.beginObject()
      let place = place(edit, path: path, source: source)
      if let (start, end) = place {
        w.field("column", start.column)
        w.field("endColumn", end.column)
        w.field("endLine", end.line)
      }
      w.field("endOffset", edit.range.upperBound)
      if let (start, _) = place {
        w.field("line", start.line)
      }
      w.field("offset", edit.range.lowerBound)
      let file = edit.path ?? path
      if file != path {
        w.field("path", file)
      }
      w.field("replacement", String(decoding: edit.replacement, as: UTF8.self))
      w.endObject()
    }
    w.endArray()
    w.field("message", fix.message)
    w.endObject()
  }

  /// The edits by file, then by where they start.
  private static func ordered(_ edits: [TextEdit], path: String) -> [TextEdit] {
    edits.sorted { ($0.path ?? path, $0.range.lowerBound) < ($1.path ?? path, $1.range.lowerBound) }
  }

  /// Where an edit in the finding's own file starts and ends, when that file is at hand and
  /// holds the edit.
  private static func place(_ edit: TextEdit, path: String, source: SourceFile?) -> (SourceLocation, SourceLocation)? {
    guard (edit.path ?? path) == path, let source, edit.range.upperBound <= source.bytes.count else { return nil }
    return (source.location(at: edit.range.lowerBound), source.location(at: edit.range.upperBound))
  }
}
