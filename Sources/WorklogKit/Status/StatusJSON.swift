/// `worklog status --format json`: `{ "schemaVersion", "today", "sites": [ … ] }`, one object for
/// the run, described by `StatusSchema` and the README. Bump `schemaVersion` on any change that
/// removes or retypes a field; adding a field is allowed.
public enum StatusJSON {
  public static let schemaVersion = 1

  /// The run's document.
  public static func document(today: CalendarDate, sites: [SiteStatus]) -> JSONValue {
    .object([
      "schemaVersion": .int(schemaVersion), "today": .string(today.description), "sites": .array(sites.map(site)),
    ])
  }

  /// One site.
  static func site(_ s: SiteStatus) -> JSONValue {
    let dates = s.week.dates
    return .object([
      "site": .string(s.site.name), "path": .string(s.site.root),
      "week": .int(s.week.number), "weekSource": .string(s.week.source.rawValue),
      "weekStart": .string(dates?.lowerBound.description), "weekEnd": .string(dates?.upperBound.description),
      "beforeStart": .bool(s.week.beforeStart), "datedFrom": .int(s.week.datedFrom),
      "latestWeek": .int(s.latestWeek), "workingDay": .bool(s.isWorkingDay),
      "languages": .array(s.languages.map(JSONValue.string)),
      "pages": .array(s.pages.map(page)), "findings": counts(s.findings),
      "previousWeek": s.previous.map { p in
        .object(["week": .int(p.week), "problems": .array(p.problems.map(JSONValue.string))])
      } ?? .null,
      "next": .string(s.next),
    ])
  }

  /// One page of the week.
  static func page(_ p: PageStatus) -> JSONValue {
    .object([
      "language": .string(p.language), "path": .string(p.path), "exists": .bool(p.exists),
      "daysLogged": .array(p.daysLogged.map(JSONValue.int)), "daysMissing": .array(p.daysMissing.map(JSONValue.int)),
      "template": .bool(p.template), "placeholders": .int(p.placeholders), "findings": counts(p.findings),
    ])
  }

  static func counts(_ c: FindingCounts) -> JSONValue {
    .object(["errors": .int(c.error), "warnings": .int(c.warning), "notes": .int(c.note)])
  }
}
