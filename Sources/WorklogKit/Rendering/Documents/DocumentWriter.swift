/// Writes a page's `parse` document straight from the model into bytes: the same text as
/// `DocumentJSON.document(page)` written by `JSONValue.bytes`, byte for byte, without building,
/// sorting and freeing that tree for every page (a third of `parse`'s cost when it did).
///
/// Each object's keys are written in sorted order, as `JSONValue` sorts them; `DocumentJSON`
/// stays the readable definition of the document and the oracle the tests hold this against.
/// A field added there must be added here too, in its sorted place.
public enum DocumentWriter {
  /// The document as compact (one line) or pretty text, as if it stood `depth` levels deep,
  /// after `prefix` and before `suffix`: `DocumentJSON.document(page).bytes(...)` with the same
  /// arguments.
  public static func bytes(
    _ page: Worklog, pretty: Bool, depth: Int = 0, prefix: String = "", suffix: String = ""
  ) -> [UInt8] {
    // A document is about twice its page's bytes; reserving that spares most regrowth.
    var w = JSONByteWriter(
      pretty: pretty, depth: depth, prefix: prefix, capacity: 2 * page.source.bytes.count + 2048)
    document(page, &w)
    w.append(suffix)
    return w.bytes
  }

  /// What `worklog parse --format` prints for a page: a line of `jsonl`, or (`json`) the
  /// element of the array that `JSONArrayWriter.separator()` and `closing` go around.
  public static func bytes(_ page: Worklog, as format: ParseFormat) -> [UInt8] {
    switch format {
    case .jsonl: return bytes(page, pretty: false, suffix: "\n")
    case .json:
      return bytes(
        page, pretty: true, depth: JSONArrayWriter.elementDepth(pretty: true), prefix: JSONArrayWriter.elementPrefix)
    }
  }

  static func document(_ page: Worklog, _ w: inout JSONByteWriter) {
    let fm = page.frontMatter
    w.beginObject()
    w.key("achievements")
    entries(page.achievements, &w)
    w.key("date")
    w.date(page.date)
    w.key("dateRaw")
    w.string(fm["date"]?.raw)
    w.key("decisions")
    w.beginArray()
    for d in page.decisions {
      w.element()
      decision(d, &w)
    }
    w.endArray()
    w.key("frontMatter")
    frontMatter(fm, &w)
    w.key("issues")
    w.beginArray()
    for i in page.issues {
      w.element()
      w.beginObject()
      w.key("column")
      w.int(i.range.start.column)
      w.key("kind")
      w.string(i.kind.rawValue)
      w.key("line")
      w.int(i.range.start.line)
      w.key("message")
      w.string(i.message)
      w.endObject()
    }
    w.endArray()
    w.key("kind")
    w.string(page.kind.rawValue)
    w.key("language")
    w.string(page.language.code)
    w.key("languageSource")
    w.string(page.language.source.rawValue)
    w.key("objectives")
    entries(page.objectives, &w)
    w.key("otherTables")
    w.int(page.otherTables)
    w.key("path")
    w.string(page.path)
    w.key("schemaVersion")
    w.int(DocumentJSON.schemaVersion)
    w.key("sections")
    w.beginArray()
    for s in page.sections {
      w.element()
      section(s, &w)
    }
    w.endArray()
    w.key("segment")
    if let segment = page.segment {
      w.beginObject()
      w.key("endLine")
      w.int(segment.upperBound)
      w.key("startLine")
      w.int(segment.lowerBound)
      w.endObject()
    } else {
      w.null()
    }
    w.key("site")
    w.string(page.site.name)
    w.key("siteRoot")
    w.string(page.site.root)
    w.key("taskTable")
    if let table = page.tasks { self.table(table, &w) } else { w.null() }
    w.key("tasks")
    w.beginArray()
    if let rows = page.tasks?.rows {
      for t in rows {
        w.element()
        task(t, &w)
      }
    }
    w.endArray()
    w.key("title")
    w.string(page.title?.value)
    w.key("week")
    w.int(page.week.number)
    w.key("weekEvidence")
    w.beginArray()
    for e in page.week.evidence {
      w.element()
      w.beginObject()
      w.key("line")
      w.int(e.range?.start.line)
      w.key("source")
      w.string(e.source.rawValue)
      w.key("value")
      w.int(e.value)
      w.endObject()
    }
    w.endArray()
    w.key("weekSource")
    w.string(page.week.source?.rawValue)
    w.endObject()
  }

  static func frontMatter(_ fm: FrontMatter, _ w: inout JSONByteWriter) {
    w.beginObject()
    w.key("fence")
    w.string(fm.fence.rawValue)
    w.key("keys")
    w.beginArray()
    for entry in fm.entries {
      w.element()
      w.string(entry.key.value)
    }
    w.endArray()
    w.key("pre")
    w.string(fm["pre"]?.value.value.text)
    w.key("weight")
    w.int(fm["weight"]?.value.value.integerValue)
    w.endObject()
  }

  static func decision(_ d: DecisionRecord, _ w: inout JSONByteWriter) {
    w.beginObject()
    w.key("ambiguous")
    w.bool(d.isAmbiguous)
    w.key("confidence")
    w.double(d.confidence)
    w.key("evidence")
    w.beginArray()
    for e in d.evidence {
      w.element()
      w.beginObject()
      w.key("kind")
      w.string(e.kind)
      w.key("line")
      w.int(e.range?.start.line)
      w.key("note")
      w.string(e.note)
      w.key("supports")
      w.string(e.supports)
      w.key("weight")
      w.double(e.weight)
      w.endObject()
    }
    w.endArray()
    w.key("kind")
    w.string(d.kind.rawValue)
    w.key("line")
    w.int(d.range?.start.line)
    w.key("value")
    w.string(d.value)
    w.endObject()
  }

  static func section(_ s: Section, _ w: inout JSONByteWriter) {
    w.beginObject()
    w.key("detectedBy")
    w.string(s.detectedBy.rawValue)
    w.key("endLine")
    w.int(s.lines.upperBound)
    w.key("heading")
    w.string(s.heading?.value)
    w.key("kind")
    w.string(s.kind.rawValue)
    w.key("level")
    w.int(s.level)
    w.key("line")
    w.int(s.lines.lowerBound)
    w.key("week")
    w.int(s.weekInHeading)
    w.endObject()
  }

  /// Objectives or achievements, each with the entries under it (depth is bounded by
  /// `ListReader.maxDepth`).
  static func entries(_ list: [ListEntry], _ w: inout JSONByteWriter) {
    w.beginArray()
    for e in list {
      w.element()
      w.beginObject()
      w.key("children")
      entries(e.children, &w)
      w.key("group")
      w.string(e.group)
      w.key("kind")
      w.string(e.isGroup ? "group" : "item")
      w.key("level")
      w.int(e.level)
      w.key("line")
      w.int(e.line)
      w.key("text")
      w.string(e.text)
      w.endObject()
    }
    w.endArray()
  }

  static func task(_ t: TaskEntry, _ w: inout JSONByteWriter) {
    w.beginObject()
    w.key("day")
    w.string(t.day?.value)
    w.key("end")
    w.date(t.endDate)
    w.key("endRaw")
    w.string(t.end?.raw.value)
    w.key("items")
    w.beginArray()
    if let items = t.task?.value.items {
      for item in items {
        w.element()
        w.beginObject()
        w.key("level")
        w.int(item.level)
        w.key("text")
        w.string(item.text)
        w.endObject()
      }
    }
    w.endArray()
    w.key("line")
    w.int(t.line)
    w.key("references")
    w.beginArray()
    for r in t.references {
      w.element()
      w.beginObject()
      w.key("title")
      w.string(r.title)
      w.key("url")
      w.string(r.url)
      w.endObject()
    }
    w.endArray()
    w.key("start")
    w.date(t.startDate)
    w.key("startRaw")
    w.string(t.start?.raw.value)
    w.key("text")
    w.string(t.task?.value.text ?? "")
    w.key("weekday")
    w.int(t.weekday)
    w.key("weekdayEnd")
    w.int(t.weekdayEnd)
    w.endObject()
  }

  static func table(_ t: TaskTable, _ w: inout JSONByteWriter) {
    w.beginObject()
    w.key("columns")
    w.beginObject()
    w.key("day")
    w.int(t.columns.day)
    w.key("end")
    w.int(t.columns.end)
    w.key("references")
    w.int(t.columns.references)
    w.key("start")
    w.int(t.columns.start)
    w.key("task")
    w.int(t.columns.task)
    w.endObject()
    w.key("dateOrder")
    w.string(t.dateOrder?.order.rawValue)
    w.key("dateOrderEvidence")
    w.string(t.dateOrder?.evidence.rawValue)
    w.key("dayNumbering")
    w.string(t.dayNumbering?.rawValue)
    w.key("endLine")
    w.int(t.lines.upperBound)
    w.key("header")
    w.beginArray()
    for cell in t.header {
      w.element()
      w.string(cell.value)
    }
    w.endArray()
    w.key("kind")
    w.string(t.kind.rawValue)
    w.key("line")
    w.int(t.lines.lowerBound)
    w.key("raggedRows")
    w.beginArray()
    for ragged in t.raggedRows {
      w.element()
      w.int(t.rows[ragged.row].line)
    }
    w.endArray()
    w.endObject()
  }
}
