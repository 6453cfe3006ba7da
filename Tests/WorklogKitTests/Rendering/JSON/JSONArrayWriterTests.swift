import Testing

@testable import WorklogKit

@Suite struct JSONArrayWriterTests {
  let values: [JSONValue] = [
    .object(["week": .int(3), "tasks": .array([.string("a"), .string("b")])]),
    .object(["week": .int(4), "title": .string("line\nbreak")]),
    .array([]),
  ]

  func written(_ elements: [JSONValue], pretty: Bool) -> String {
    var array = JSONArrayWriter()
    var out = array.opening
    for e in elements { out += array.append(JSONArrayWriter.element(e, pretty: pretty)) }
    return out + array.closing
  }

  @Test func emptyIsAPairOfBrackets() {
    #expect(written([], pretty: false) == "[]\n")
    #expect(written([], pretty: true) == "[]\n")
  }

  @Test func compactElementsTakeALineEach() {
    #expect(written([.int(1)], pretty: false) == "[\n  1\n]\n")
    #expect(
      written(values, pretty: false)
        == "[\n  {\"tasks\":[\"a\",\"b\"],\"week\":3},\n  {\"title\":\"line\\nbreak\",\"week\":4},\n  []\n]\n")
  }

  @Test(arguments: 0...3)
  func prettyIsTheIndentedArray(_ count: Int) {
    let elements = Array(values.prefix(count))
    #expect(written(elements, pretty: true) == JSONValue.array(elements).pretty() + "\n")
  }

  /// What `parse` writes as bytes: the separators, then each element's bytes, give the same
  /// text as the `String` writer.
  @Test(arguments: [false, true])
  func bytesAreTheTextsUTF8(_ pretty: Bool) {
    var array = JSONArrayWriter()
    var out = Array(array.opening.utf8)
    for e in values {
      out += Array(array.separator().utf8)
      out += JSONArrayWriter.elementBytes(e, pretty: pretty)
    }
    out += Array(array.closing.utf8)
    #expect(out == Array(written(values, pretty: pretty).utf8))
    let line = JSONValue.object(["text": .string("tab\there \u{85} \"quoted\" Tiếng Việt")])
    #expect(line.bytes(pretty: false, suffix: "\n") == Array((line.serialized() + "\n").utf8))
    #expect(line.bytes(pretty: true) == Array(line.pretty().utf8))
  }
}
