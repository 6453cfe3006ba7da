import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The project's own JSON reader: strict RFC 8259, byte offsets, a depth limit, no trap on any input.
@Suite struct JSONReaderTests {
  func read(_ text: String) throws(JSONSyntaxError) -> JSONNode { try JSONReader.read(Array(text.utf8)) }

  func error(_ text: String) -> JSONSyntaxError? {
    do {
      _ = try read(text)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    "{}", "[]", "0", "-0.5e+3", "1E9", "\"a\\u00e9\\ud83d\\ude00\\n\"", "true", "false", "null",
    " {\"a\": [1, {\"b\": null}], \"c\": \"\"}\r\n", "\u{FEFF}{}",
  ])
  func validDocumentsAreRead(_ text: String) {
    #expect(error(text) == nil)
  }

  @Test(arguments: [
    "", "{", "{\"a\"}", "{\"a\":1,}", "[1,]", "[1 2]", "{a: 1}", "{'a': 1}", "01", "1.", ".5", "-", "1e",
    "tru", "nul", "\"open", "\"tab\there\"", "\"\\x\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\u12\"", "{} {}",
    "{\"a\": 1, \"a\": 2}", "// c\n{}", "NaN", "[\"\u{1}\"]",
  ])
  func invalidDocumentsAreRefused(_ text: String) {
    #expect(error(text) != nil)
  }

  @Test func invalidUTF8InAStringIsRefused() {
    #expect(throws: JSONSyntaxError.self) { try JSONReader.read([0x22, 0xC3, 0x28, 0x22]) }
    #expect(throws: JSONSyntaxError.self) { try JSONReader.read([0x22, 0xED, 0xA0, 0x80, 0x22]) }
  }

  @Test func valuesAndKeysKeepTheirOffsets() throws {
    let node = try read("{\n  \"rules\": { \"WL107\": \"off\" },\n  \"n\": [1, 22]\n}")
    guard case .object(let members) = node.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["rules", "n"])
    #expect(members[0].keyOffset == 4)
    #expect(members[0].value.offset == 13)
    #expect(node["rules"]?["WL107"] == JSONNode(.string("off"), at: 24))
    guard case .array(let items)? = node["n"]?.value else {
      Issue.record("not an array")
      return
    }
    #expect(items.map(\.offset) == [41, 44])
    #expect(items[1].value == .number("22"))
  }

  @Test func errorsSayWhereReadingStopped() {
    #expect(error("{\"a\": 1,}") == JSONSyntaxError(offset: 8, message: "trailing comma before '}'"))
    #expect(error("[1 2]")?.offset == 3)
    #expect(error("{\"a\": 1, \"a\": 2}")?.message == "key 'a' is repeated")
    #expect(error("\"abc")?.message == "string not closed")
    #expect(error("")?.offset == 0)
  }

  @Test func nestingIsLimited() {
    let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    #expect(error(deep)?.message == "nested deeper than 64 levels")
    let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(error(fine) == nil)
    // Far deeper than any stack could recurse: refused, not a crash.
    #expect(error(String(repeating: "{\"a\":", count: 100_000)) != nil)
  }

  /// Random bytes, and every cut of valid documents, never trap; a cut document is refused.
  @Test func randomAndTruncatedBytesNeverTrap() {
    var generator = SeededGenerator(seed: 12)
    let alphabet = Array("{}[],:\"\\ tfnrue0123456789-+.eEu\u{7}".utf8) + [0xC3, 0xA9, 0xED, 0xFF, 0x0A]
    for _ in 0..<3000 {
      let count = Int.random(in: 0..<40, using: &generator)
      let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
      _ = try? JSONReader.read(bytes)
    }
    let documents = [
      "{\"rules\": {\"WL107\": \"off\"}, \"languages\": [\"en\", \"vi\"], \"termWeeks\": 12}",
      "[1, -2.5e3, true, false, null, \"\\u00e9\\ud83d\\ude00\", {\"a\": []}]",
    ]
    for document in documents {
      let bytes = Array(document.utf8)
      #expect((try? JSONReader.read(bytes)) != nil)
      for cut in 0..<bytes.count {
        #expect((try? JSONReader.read(Array(bytes[..<cut]))) == nil)
      }
    }
  }
}
