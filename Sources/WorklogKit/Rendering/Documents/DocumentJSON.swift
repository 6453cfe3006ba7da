/// The JSON document of one parsed week page: the stable output of `worklog parse`.
///
/// Bump `schemaVersion` on any change that removes or retypes a field; adding a field is allowed.
public enum DocumentJSON {
  public static let schemaVersion = 2

  public static func document(_ page: Worklog) -> JSONValue {
    let fm = page.frontMatter
    let dateEntry = fm["date"]
    var doc: [String: JSONValue] = [
      "schemaVersion": .int(schemaVersion),
      "path": .string(page.path),
      "site": .string(page.site.name),
      "siteRoot": .string(page.site.root),
      "kind": .string(page.kind.rawValue),
      "language": .string(page.language.code),
      "languageSource": .string(page.language.source.rawValue),
      "week": .int(page.week.number),
      "weekSource": .string(page.week.source?.rawValue),
      "weekEvidence": .array(
        page.week.evidence.map { e in
          .object(["source": .string(e.source.rawValue), "value": .int(e.value), "line": .int(e.range?.start.line)])
        }),
      "title": .string(page.title?.value),
      "date": .string(page.date?.description),
      "dateRaw": .string(dateEntry?.raw),
      "frontMatter": .object([
        "fence": .string(fm.fence.rawValue),
        "keys": .array(fm.entries.map { .string($0.key.value) }),
        "weight": .int(fm["weight"]?.value.value.integerValue),
        "pre": .string(fm["pre"]?.value.value.text),
      ]),
      "sections": .array(page.sections.map(section)),
      "objectives": .array(page.objectives.map(entry)),
      "achievements": .array(page.achievements.map(entry)),
      "tasks": .array(page.tasks?.rows.map(task) ?? []),
      "taskTable": page.tasks.map(table) ?? .null,
      "otherTables": .int(page.otherTables),
      "decisions": .array(page.decisions.map(decision)),
      "issues": .array(
        page.issues.map { i in
          .object([
            "kind": .string(i.kind.rawValue), "message": .string(i.message), "line": .int(i.range.start.line),
            "column": .int(i.range.start.column),
          ])
        }),
    ]
    doc["segment"] =
      page.segment.map { .object(["startLine": .int($0.lowerBound), "endLine": .int($0.upperBound)]) } ?? .null
    return .object(doc)
  }

  /// A decision: what was chosen, how sure, and every piece of evidence weighed.
  static func decision(_ d: DecisionRecord) -> JSONValue {
    .object([
      "kind": .string(d.kind.rawValue), "value": .string(d.value), "confidence": .double(d.confidence),
      "ambiguous": .bool(d.isAmbiguous), "line": .int(d.range?.start.line),
      "evidence": .array(
        d.evidence.map { e in
          .object([
            "kind": .string(e.kind), "supports": .string(e.supports), "weight": .double(e.weight),
            "line": .int(e.range?.start.line), "note": .string(e.note),
          ])
        }),
    ])
  }

  static func section(_ s: Section) -> JSONValue {
    .object([
      "kind": .string(s.kind.rawValue), "heading": .string(s.heading?.value), "line": .int(s.lines.lowerBound),
      "endLine": .int(s.lines.upperBound), "level": .int(s.level), "detectedBy": .string(s.detectedBy.rawValue),
      "week": .int(s.weekInHeading),
    ])
  }

  /// An objective or achievement with the entries under it (depth is bounded by `ListReader.maxDepth`).
  static func entry(_ e: ListEntry) -> JSONValue {
    .object([
      "text": .string(e.text), "line": .int(e.line), "level": .int(e.level), "group": .string(e.group),
      "kind": .string(e.isGroup ? "group" : "item"), "children": .array(e.children.map(entry)),
    ])
  }

  static func references(_ refs: [Reference]) -> JSONValue {
    .array(refs.map { .object(["title": .string($0.title), "url": .string($0.url)]) })
  }

  static func task(_ t: TaskEntry) -> JSONValue {
    .object([
      "line": .int(t.line),
      "day": .string(t.day?.value),
      "weekday": .int(t.weekday),
      "weekdayEnd": .int(t.weekdayEnd),
      "text": .string(t.task?.value.text ?? ""),
      "items": .array(
        (t.task?.value.items ?? []).map { .object(["text": .string($0.text), "level": .int($0.level)]) }),
      "start": .string(t.startDate?.description),
      "end": .string(t.endDate?.description),
      "startRaw": .string(t.start?.raw.value),
      "endRaw": .string(t.end?.raw.value),
      "references": references(t.references),
    ])
  }

  static func table(_ t: TaskTable) -> JSONValue {
    func column(_ i: Int?) -> JSONValue { .int(i) }
    return .object([
      "kind": .string(t.kind.rawValue),
      "line": .int(t.lines.lowerBound),
      "endLine": .int(t.lines.upperBound),
      "header": .array(t.header.map { .string($0.value) }),
      "columns": .object([
        "day": column(t.columns.day), "task": column(t.columns.task), "start": column(t.columns.start),
        "end": column(t.columns.end), "references": column(t.columns.references),
      ]),
      "dateOrder": .string(t.dateOrder?.order.rawValue),
      "dateOrderEvidence": .string(t.dateOrder?.evidence.rawValue),
      "dayNumbering": .string(t.dayNumbering?.rawValue),
      "raggedRows": .array(t.raggedRows.map { .int(t.rows[$0.row].line) }),
    ])
  }
}
