/// The JSON Schema of `worklog summary --format json` (`SummaryJSON`), printed by
/// `worklog schema summary`. Tests check the summaries of the test fixtures against it.
public enum SummarySchema {
  typealias S = DocumentSchema

  static let counts = S.object(["error": S.type("integer"), "warning": S.type("integer"), "note": S.type("integer")])

  static let state = S.oneOf(WeekState.allCases.map(\.rawValue))

  /// An objective or achievement; `children` are items of the same shape (`$defs/item`).
  static let item = S.object([
    "text": S.type("string"), "kind": S.oneOf(["item", "group"]),
    "children": S.array(.object(["$ref": .string("#/$defs/item")])),
  ])

  static let task = S.object([
    "day": S.type("string", nullable: true), "weekday": S.type("integer", nullable: true), "text": S.type("string"),
    "start": S.isoDate, "end": S.isoDate, "line": S.type("integer"),
  ])

  static let week = S.object([
    "week": S.type("integer"), "status": S.oneOf(WeekStatus.allCases.map(\.rawValue)), "state": state,
    "reasons": S.array(S.object(["state": state, "text": S.type("string")])),
    "language": S.type("string", nullable: true), "path": S.type("string", nullable: true),
    "title": S.type("string", nullable: true), "start": S.isoDate, "end": S.isoDate, "days": S.type("integer"),
    "taskCount": S.type("integer"), "tasks": S.array(task),
    "objectives": S.array(.object(["$ref": .string("#/$defs/item")])),
    "achievements": S.array(.object(["$ref": .string("#/$defs/item")])), "references": S.array(S.reference),
    "findings": counts, "notes": S.array(S.type("string")), "guesses": S.array(S.type("string")),
  ])

  static let finding = S.object([
    "path": S.type("string"), "relativePath": S.type("string"), "line": S.type("integer"),
    "column": S.type("integer"), "code": S.type("string"), "name": S.type("string"),
    "severity": S.oneOf(Severity.allCases.map(\.rawValue)), "message": S.type("string"),
    "fix": S.type("string", nullable: true), "week": S.type("integer", nullable: true),
  ])

  static let expected = S.object([
    "first": S.type("integer", nullable: true), "last": S.type("integer", nullable: true),
    "source": S.oneOf(ExpectedWeeks.Source.allCases.map(\.rawValue)), "detail": S.type("string"),
  ])

  static let totals = S.object([
    "weeksPresent": S.type("integer"), "weeksMissing": S.array(S.type("integer")),
    "weeksWithoutDates": S.array(S.type("integer")), "tasks": S.type("integer"), "days": S.type("integer"),
    "findings": counts,
    "states": S.object(Dictionary(uniqueKeysWithValues: WeekState.allCases.map { ($0.rawValue, S.type("integer")) })),
    "lastWeek": S.type("integer", nullable: true), "lastWeekStart": S.isoDate, "lastWeekEnd": S.isoDate,
    "overlaps": S.array(S.array(S.type("integer"))),
  ])

  static let site = S.object([
    "site": S.type("string"), "displayName": S.type("string"), "path": S.type("string"),
    "languages": S.array(S.type("string")), "expected": expected, "findings": S.array(finding),
    "notes": S.array(S.type("string")), "weeks": S.array(week), "totals": totals,
  ])

  public static let schema: JSONValue = {
    guard
      case .object(var root) = S.object([
        "schemaVersion": .object(["const": .int(SummaryJSON.schemaVersion)]),
        "level": S.oneOf(["week", "term", "cohort"]), "sites": S.array(site),
      ])
    else { return .null }
    root["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
    root["title"] = .string("worklog summary")
    root["description"] = .string(
      "The object `worklog summary --format json` prints: each site's weeks, their states and totals.")
    root["$defs"] = .object(["item": item])
    return .object(root)
  }()
}
