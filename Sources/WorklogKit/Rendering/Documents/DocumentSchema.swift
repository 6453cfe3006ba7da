/// The JSON Schema of a `parse` document (`DocumentJSON`). Tests check every document against it.
public enum DocumentSchema {
  static func type(_ t: String, nullable: Bool = false) -> JSONValue {
    .object(["type": nullable ? .array([.string(t), .string("null")]) : .string(t)])
  }
  static func object(_ properties: [String: JSONValue], description: String? = nil) -> JSONValue {
    var o: [String: JSONValue] = [
      "type": .string("object"),
      "properties": .object(properties),
      "required": .array(properties.keys.sorted().map(JSONValue.string)),
      "additionalProperties": .bool(false),
    ]
    if let description { o["description"] = .string(description) }
    return .object(o)
  }
  static func array(_ items: JSONValue) -> JSONValue { .object(["type": .string("array"), "items": items]) }
  static func oneOf(_ values: [String], nullable: Bool = false) -> JSONValue {
    .object(["enum": .array(values.map(JSONValue.string) + (nullable ? [.null] : []))])
  }
  static let isoDate: JSONValue = .object([
    "type": .array([.string("string"), .string("null")]), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
  ])

  /// An objective or achievement; `children` are entries of the same shape (`$defs/entry`).
  static let entry = object([
    "text": type("string"), "line": type("integer"), "level": type("integer"), "group": type("string", nullable: true),
    "kind": oneOf(["item", "group"]), "children": array(.object(["$ref": .string("#/$defs/entry")])),
  ])
  static let reference = object(["title": type("string"), "url": type("string", nullable: true)])

  public static let schema: JSONValue = {
    var root = object(
      [
        "schemaVersion": .object(["const": .int(DocumentJSON.schemaVersion)]),
        "path": type("string"),
        "site": type("string"),
        "siteRoot": type("string"),
        "kind": oneOf(["week", "overview", "termWeek", "other"]),
        "language": type("string"),
        "languageSource": oneOf(LanguageSource.allCases.map(\.rawValue)),
        "week": type("integer", nullable: true),
        "weekSource": oneOf(WeekSource.allCases.map(\.rawValue), nullable: true),
        "weekEvidence": array(
          object([
            "source": oneOf(WeekSource.allCases.map(\.rawValue)), "value": type("integer"),
            "line": type("integer", nullable: true),
          ])),
        "title": type("string", nullable: true),
        "date": isoDate,
        "dateRaw": type("string", nullable: true),
        "frontMatter": object([
          "fence": oneOf(["yaml", "missing", "unterminated", "toml", "json"]), "keys": array(type("string")),
          "weight": type("integer", nullable: true), "pre": type("string", nullable: true),
        ]),
        "segment": .object([
          "oneOf": .array([
            type("null"), object(["startLine": type("integer"), "endLine": type("integer")]),
          ])
        ]),
        "sections": array(
          object([
            "kind": oneOf([
              "objectives", "tasks", "achievements", "tasksAndAchievements", "references", "challenges", "nextWeek",
              "learnings", "title", "other",
            ]),
            "heading": type("string", nullable: true), "line": type("integer"), "endLine": type("integer"),
            "level": type("integer"), "detectedBy": oneOf(["heading", "plainLine", "structure"]),
            "week": type("integer", nullable: true),
          ])),
        "objectives": array(.object(["$ref": .string("#/$defs/entry")])),
        "achievements": array(.object(["$ref": .string("#/$defs/entry")])),
        "tasks": array(
          object([
            "line": type("integer"), "day": type("string", nullable: true), "weekday": type("integer", nullable: true),
            "weekdayEnd": type("integer", nullable: true), "text": type("string"),
            "items": array(object(["text": type("string"), "level": type("integer")])),
            "start": isoDate, "end": isoDate, "startRaw": type("string", nullable: true),
            "endRaw": type("string", nullable: true),
            "references": array(reference),
          ])),
        "taskTable": .object([
          "oneOf": .array([
            type("null"),
            object([
              "kind": oneOf(["pipe", "html", "dayHeadings", "list"]), "line": type("integer"),
              "endLine": type("integer"),
              "header": array(type("string")),
              "columns": object([
                "day": type("integer", nullable: true), "task": type("integer", nullable: true),
                "start": type("integer", nullable: true), "end": type("integer", nullable: true),
                "references": type("integer", nullable: true),
              ]),
              "dateOrder": oneOf(["dayFirst", "monthFirst"], nullable: true),
              "dateOrderEvidence": oneOf(
                ["fieldAbove12", "weekday", "span", "twin", "frontMatterDate", "assumed"], nullable: true),
              "dayNumbering": oneOf(["vietnamese", "ordinal"], nullable: true),
              "raggedRows": array(type("integer")),
            ]),
          ])
        ]),
        "otherTables": type("integer"),
        "decisions": array(
          object([
            "kind": oneOf(DecisionKind.allCases.map(\.rawValue)), "value": type("string"),
            "confidence": type("number"),
            "ambiguous": type("boolean"), "line": type("integer", nullable: true),
            "evidence": array(
              object([
                "kind": type("string"), "supports": type("string"), "weight": type("number"),
                "line": type("integer", nullable: true), "note": type("string", nullable: true),
              ])),
          ])),
        "issues": array(
          object([
            "kind": oneOf(["invalidUTF8", "nulBytes", "unterminatedFence"]), "message": type("string"),
            "line": type("integer"), "column": type("integer"),
          ])),
      ], description: "One week page of a Hugo worklog, as printed by `worklog parse`.")
    if case .object(var o) = root {
      o["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
      o["title"] = .string("worklog parse document")
      o["$defs"] = .object(["entry": entry])
      root = .object(o)
    }
    return root
  }()
}
