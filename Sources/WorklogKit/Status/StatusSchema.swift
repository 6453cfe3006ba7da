/// The JSON Schema of `worklog status --format json` (`StatusJSON`), printed by
/// `worklog schema status`. Tests check status documents against it.
public enum StatusSchema {
  /// An ISO weekday, 1 = Monday … 7 = Sunday.
  static let weekday: JSONValue = .object(["enum": .array((1...7).map(JSONValue.int))])

  static let counts = DocumentSchema.object([
    "errors": DocumentSchema.type("integer"), "warnings": DocumentSchema.type("integer"),
    "notes": DocumentSchema.type("integer"),
  ])

  static let page = DocumentSchema.object([
    "language": DocumentSchema.type("string"), "path": DocumentSchema.type("string", nullable: true),
    "exists": DocumentSchema.type("boolean"), "daysLogged": DocumentSchema.array(weekday),
    "daysMissing": DocumentSchema.array(weekday), "template": DocumentSchema.type("boolean"),
    "placeholders": DocumentSchema.type("integer"), "findings": counts,
  ])

  static let previousWeek: JSONValue = .object([
    "oneOf": .array([
      DocumentSchema.type("null"),
      DocumentSchema.object([
        "week": DocumentSchema.type("integer"), "problems": DocumentSchema.array(DocumentSchema.type("string")),
      ]),
    ])
  ])

  static let site = DocumentSchema.object([
    "site": DocumentSchema.type("string"), "path": DocumentSchema.type("string"),
    "week": DocumentSchema.type("integer"),
    "weekSource": DocumentSchema.oneOf(StatusWeekSource.allCases.map(\.rawValue)),
    "weekStart": DocumentSchema.isoDate, "weekEnd": DocumentSchema.isoDate,
    "beforeStart": DocumentSchema.type("boolean"), "datedFrom": DocumentSchema.type("integer", nullable: true),
    "latestWeek": DocumentSchema.type("integer", nullable: true), "workingDay": DocumentSchema.type("boolean"),
    "languages": DocumentSchema.array(DocumentSchema.type("string")), "pages": DocumentSchema.array(page),
    "findings": counts, "previousWeek": previousWeek, "next": DocumentSchema.type("string", nullable: true),
  ])

  public static let schema: JSONValue = {
    guard
      case .object(var root) = DocumentSchema.object([
        "schemaVersion": .object(["const": .int(StatusJSON.schemaVersion)]),
        "today": .object(["type": .string("string"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]),
        "sites": DocumentSchema.array(site),
      ])
    else { return .null }
    root["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
    root["title"] = .string("worklog status")
    root["description"] = .string("The object `worklog status --format json` prints: today's week of each site.")
    return .object(root)
  }()
}
