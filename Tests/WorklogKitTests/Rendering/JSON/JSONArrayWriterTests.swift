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
}
