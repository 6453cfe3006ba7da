import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct DocumentJSONTests {
  @Test func validatorKnowsEveryKeywordTheSchemaUses() {
    #expect(SchemaValidator.keywords(DocumentSchema.schema).subtracting(SchemaValidator.knownKeywords).isEmpty)
  }

  @Test(arguments: Variations.pages.indices)
  func everyDocumentValidatesAgainstTheSchema(_ index: Int) {
    let (path, text) = Variations.pages[index]
    for page in WorklogParser.parse(SourceFile(path: path, text: text)) {
      let violations = SchemaValidator.violations(DocumentJSON.document(page), DocumentSchema.schema)
      #expect(violations == [], "\(path)")
    }
  }

  @Test func validatorCatchesWhatTheSchemaForbids() throws {
    let page = try onePage("### Week 3 Objectives\n- a\n")
    guard case .object(var doc) = DocumentJSON.document(page) else {
      Issue.record("a document is an object")
      return
    }
    doc["extra"] = .int(1)
    doc["week"] = .string("3")
    doc["kind"] = .string("weekly")
    doc["date"] = .string("22/09/2025")
    doc.removeValue(forKey: "title")
    doc["segment"] = .object(["startLine": .int(1)])
    let violations = SchemaValidator.violations(.object(doc), DocumentSchema.schema)
    #expect(violations.count == 6)
    #expect(violations.contains("$: unexpected extra"))
    #expect(violations.contains("$: missing title"))
    #expect(violations.contains { $0.hasPrefix("$.week:") })
    #expect(violations.contains { $0.hasPrefix("$.kind:") })
    #expect(violations.contains { $0.hasPrefix("$.date:") && $0.contains("does not match") })
    #expect(violations.contains { $0.hasPrefix("$.segment:") })
  }

  @Test func documentCarriesTheParsedFacts() throws {
    let page = try onePage(
      """
      ---
      title: "Week 3 Worklog"
      date: "`r Sys.Date()`"
      weight: 08
      ---
      ### Tasks to be carried out this week:
      \(templateHeader)
      | 2 | Study IAM<br>&emsp;+ users | 22/09/2025 | 29/10/20255 | <https://aws.amazon.com/iam/> |
      """)
    let doc = DocumentJSON.document(page)
    guard case .object(let o) = doc, case .array(let tasks)? = o["tasks"], case .object(let task)? = tasks.first,
      case .object(let fm)? = o["frontMatter"], case .object(let table)? = o["taskTable"]
    else {
      Issue.record("unexpected document shape: \(doc.serialized())")
      return
    }
    #expect(o["week"] == .int(3))
    #expect(o["weekSource"] == .string("path"))
    #expect(o["date"] == .null)
    #expect(o["dateRaw"] == .string("\"`r Sys.Date()`\""))
    #expect(fm["weight"] == .int(8))
    #expect(task["start"] == .string("2025-09-22"))
    #expect(task["end"] == .null)
    #expect(task["endRaw"] == .string("29/10/20255"))
    #expect(task["weekday"] == .int(1))
    #expect(
      task["items"]
        == .array([
          .object(["text": .string("Study IAM"), "level": .int(1)]),
          .object(["text": .string("users"), "level": .int(2)]),
        ]))
    #expect(
      task["references"]
        == .array([
          .object(["title": .string("https://aws.amazon.com/iam/"), "url": .string("https://aws.amazon.com/iam/")])
        ]))
    #expect(table["dateOrderEvidence"] == .string("fieldAbove12"))
    #expect(table["dayNumbering"] == .string("vietnamese"))
  }

  @Test func controlCharactersInCellsAreEscaped() throws {
    let page = try onePage("\(templateHeader)\n| 2 | Colour \u{1B}[31mred\u{7F} | 22/09/2025 | 22/09/2025 | - |\n")
    #expect(page.tasks?.rows.first?.task?.value.hasControlCharacters == true)
    let json = DocumentJSON.document(page).serialized()
    #expect(json.contains(#"Colour \u001b[31mred\u007f"#))
    #expect(!json.utf8.contains(0x1B))
    #expect(!json.utf8.contains(0x7F))
  }

  @Test func serializationSortsKeysAndEscapes() {
    let value = JSONValue.object(["b": .array([.int(1), .null, .bool(true)]), "a": .string("q\"\\\n\t\u{01}é")])
    #expect(value.serialized() == #"{"a":"q\"\\\n\t\u0001é","b":[1,null,true]}"#)
    #expect(
      value.pretty() == "{\n  \"a\": \"q\\\"\\\\\\n\\t\\u0001é\",\n  \"b\": [\n    1,\n    null,\n    true\n  ]\n}")
    #expect(JSONValue.array([]).pretty() == "[]")
  }
}
