/// The JSON Schema of `worklog lint --format json` (an array of `DiagnosticJSON` findings),
/// printed by `worklog schema findings`. Tests check findings against it.
public enum FindingsSchema {
  /// An object of `properties`, of which `required` must be there and nothing else may.
  static func object(_ properties: [String: JSONValue], required: [String]) -> JSONValue {
    .object([
      "type": .string("object"), "properties": .object(properties),
      "required": .array(required.sorted().map(JSONValue.string)), "additionalProperties": .bool(false),
    ])
  }

  static let edit = object(
    [
      "offset": DocumentSchema.type("integer"), "endOffset": DocumentSchema.type("integer"),
      "line": DocumentSchema.type("integer"), "column": DocumentSchema.type("integer"),
      "endLine": DocumentSchema.type("integer"), "endColumn": DocumentSchema.type("integer"),
      "replacement": DocumentSchema.type("string"), "path": DocumentSchema.type("string"),
    ], required: ["offset", "endOffset", "replacement"])

  static let autofix = object(
    [
      "applicability": DocumentSchema.oneOf(FixApplicability.allCases.map(\.rawValue)),
      "message": DocumentSchema.type("string"), "edits": DocumentSchema.array(edit),
    ], required: ["applicability", "message", "edits"])

  static let finding = object(
    [
      "path": DocumentSchema.type("string"), "line": DocumentSchema.type("integer"),
      "column": DocumentSchema.type("integer"),
      "endLine": DocumentSchema.type("integer"), "endColumn": DocumentSchema.type("integer"),
      "severity": DocumentSchema.oneOf(Severity.allCases.map(\.rawValue)), "code": DocumentSchema.type("string"),
      "name": DocumentSchema.type("string"), "message": DocumentSchema.type("string"),
      "fix": DocumentSchema.type("string"),
      "autofix": autofix,
    ], required: ["path", "line", "column", "endLine", "endColumn", "severity", "code", "name", "message"])

  public static let schema: JSONValue = .object([
    "$schema": .string("https://json-schema.org/draft/2020-12/schema"),
    "title": .string("worklog lint findings"),
    "description": .string("The findings of `worklog lint --format json`, in the order printed."),
    "type": .string("array"),
    "items": finding,
  ])
}
