/// A summary as JSON: one shape at every level, documented in `docs/summary-json.md`.
///
/// `{ "schemaVersion": 3, "level": …, "sites": [ { "site", "displayName", "path", "languages",
/// "expected", "findings", "notes", "weeks": [ … ], "totals": { … } } ] }`; `SummarySchema`
/// describes it. Bump `schemaVersion` on any change that removes, retypes or changes the meaning
/// of a field (version 3: `totals.findings` counts every language's pages); adding a field is
/// allowed.
public enum SummaryJSON {
  /// The version of the document's shape.
  public static let schemaVersion = 3

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
      "displayName": .string(term.displayName),
      "path": .string(term.site.root),
      "languages": .array(term.languages.map(JSONValue.string)),
      "expected": expected(term.expected),
      "findings": .array((term.findingList ?? []).map(finding)),
      "notes": .array(term.notes.map(JSONValue.string)),
      "weeks": .array(term.weeks.map(week)),
      "totals": totals(term.totals),
    ])
  }

  static func week(_ w: WeekSummary) -> JSONValue {
    .object([
      "week": .int(w.week),
      "status": .string(w.status.rawValue),
      "state": .string(w.state.rawValue),
      "reasons": .array(w.reasons.map { .object(["state": .string($0.state.rawValue), "text": .string($0.text)]) }),
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

  /// The weeks expected: `first` and `last` (null when none is), where that comes from and how.
  static func expected(_ e: ExpectedWeeks) -> JSONValue {
    .object([
      "first": .int(e.range?.lowerBound), "last": .int(e.range?.upperBound), "source": .string(e.source.rawValue),
      "detail": .string(e.detail),
    ])
  }

  /// One finding on a page of the site, as `worklog lint` reports it.
  static func finding(_ f: FindingSummary) -> JSONValue {
    .object([
      "path": .string(f.path), "relativePath": .string(f.relativePath), "line": .int(f.line),
      "column": .int(f.column), "code": .string(f.code), "name": .string(f.name),
      "severity": .string(f.severity.rawValue), "message": .string(f.message), "fix": .string(f.fix),
      "week": .int(f.week),
    ])
  }

  /// The count of weeks in every state, zero included.
  static func states(_ counts: [WeekState: Int]) -> JSONValue {
    .object(Dictionary(uniqueKeysWithValues: WeekState.allCases.map { ($0.rawValue, JSONValue.int(counts[$0] ?? 0)) }))
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
      "states": states(t.states),
      "lastWeek": .int(t.lastWeek),
      "lastWeekStart": .string(t.lastWeekStart?.description),
      "lastWeekEnd": .string(t.lastWeekEnd?.description),
      "overlaps": .array(t.overlaps.map { .array([.int($0.first), .int($0.second)]) }),
    ])
  }
}
