/// A summary as JSON: one shape at every level, documented in `docs/summary-json.md`.
///
/// `{ "schemaVersion": 2, "level": …, "sites": [ { "site", "path", "languages", "notes",
/// "weeks": [ … ], "totals": { … } } ] }`. Bump `schemaVersion` on any change that removes or
/// retypes a field; adding a field is allowed.
public enum SummaryJSON {
  /// The version of the document's shape.
  public static let schemaVersion = 2

  /// The document for `cohort`; `pretty()` or `serialized()` writes it.
  public static func document(_ cohort: CohortSummary) -> JSONValue {
    .object([
      "schemaVersion": .int(schemaVersion),
      "level": .string(cohort.level.rawValue),
      "sites": .array(cohort.sites.map(site)),
    ])
  }

  static func site(_ term: TermSummary) -> JSONValue {
    .object([
      "site": .string(term.site.name),
      "path": .string(term.site.root),
      "languages": .array(term.languages.map(JSONValue.string)),
      "notes": .array(term.notes.map(JSONValue.string)),
      "weeks": .array(term.weeks.map(week)),
      "totals": totals(term.totals),
    ])
  }

  static func week(_ w: WeekSummary) -> JSONValue {
    .object([
      "week": .int(w.week),
      "status": .string(w.status.rawValue),
      "language": .string(w.language),
      "path": .string(w.path),
      "title": .string(w.title),
      "start": .string(w.start?.description),
      "end": .string(w.end?.description),
      "days": .int(w.days),
      "taskCount": .int(w.taskCount),
      "tasks": .array(w.tasks.map(task)),
      "objectives": .array(w.objectives.map(item)),
      "achievements": .array(w.achievements.map(item)),
      "references": .array(w.references.map { .object(["title": .string($0.title), "url": .string($0.url)]) }),
      "findings": findings(w.findings),
      "notes": .array(w.notes.map(JSONValue.string)),
      "guesses": .array(w.guesses.map(JSONValue.string)),
    ])
  }

  /// An objective or achievement with the items under it (depth is bounded by `ListReader.maxDepth`).
  static func item(_ i: SummaryItem) -> JSONValue {
    .object([
      "text": .string(i.text), "kind": .string(i.isGroup ? "group" : "item"), "children": .array(i.children.map(item)),
    ])
  }

  static func task(_ t: TaskSummary) -> JSONValue {
    .object([
      "day": .string(t.day),
      "weekday": .int(t.weekday),
      "text": .string(t.text),
      "start": .string(t.start?.description),
      "end": .string(t.end?.description),
      "line": .int(t.line),
    ])
  }

  static func findings(_ f: FindingCounts) -> JSONValue {
    .object(["error": .int(f.error), "warning": .int(f.warning), "note": .int(f.note)])
  }

  static func totals(_ t: TermTotals) -> JSONValue {
    .object([
      "weeksPresent": .int(t.weeksPresent),
      "weeksMissing": .array(t.weeksMissing.map(JSONValue.int)),
      "weeksWithoutDates": .array(t.weeksWithoutDates.map(JSONValue.int)),
      "tasks": .int(t.tasks),
      "days": .int(t.days),
      "findings": findings(t.findings),
      "lastWeek": .int(t.lastWeek),
      "lastWeekStart": .string(t.lastWeekStart?.description),
      "lastWeekEnd": .string(t.lastWeekEnd?.description),
      "overlaps": .array(t.overlaps.map { .array([.int($0.first), .int($0.second)]) }),
    ])
  }
}
