import Testing

@testable import WorklogKit

/// The streaming writer gives `JSONValue`'s layout: empty and nested containers, nulls,
/// numbers and dates, compact and pretty at any depth.
@Suite struct JSONByteWriterTests {
  /// `{"a":[],"b":{},"c":[1,null,{"d":true}],"e":"x\n","f":0.5}` written by hand.
  static func written(pretty: Bool, depth: Int) -> [UInt8] {
    var w = JSONByteWriter(pretty: pretty, depth: depth, prefix: "  ")
    w.beginObject()
    w.key("a")
    w.beginArray()
    w.endArray()
    w.key("b")
    w.beginObject()
    w.endObject()
    w.key("c")
    w.beginArray()
    w.element()
    w.int(1)
    w.element()
    w.int(nil)
    w.element()
    w.beginObject()
    w.key("d")
    w.bool(true)
    w.endObject()
    w.endArray()
    w.key("e")
    w.string("x\n")
    w.key("f")
    w.double(0.5)
    w.key("g")
    w.string(nil)
    w.endObject()
    w.append("\n")
    return w.bytes
  }

  static let tree = JSONValue.object([
    "a": .array([]), "b": .object([:]),
    "c": .array([.int(1), .null, .object(["d": .bool(true)])]),
    "e": .string("x\n"), "f": .double(0.5), "g": .null,
  ])

  @Test(arguments: [false, true], [0, 1, 3])
  func layoutIsTheTreesLayout(_ pretty: Bool, _ depth: Int) {
    #expect(
      Self.written(pretty: pretty, depth: depth)
        == Self.tree.bytes(pretty: pretty, depth: depth, prefix: "  ", suffix: "\n"))
  }

  @Test func emptyContainersAtTheTop() {
    for pretty in [false, true] {
      var w = JSONByteWriter(pretty: pretty)
      w.beginArray()
      w.endArray()
      #expect(w.bytes == JSONValue.array([]).bytes(pretty: pretty))
      var o = JSONByteWriter(pretty: pretty)
      o.beginObject()
      o.endObject()
      #expect(o.bytes == JSONValue.object([:]).bytes(pretty: pretty))
    }
  }

  @Test func doublesAreSpelledAsTheTreeSpellsThem() {
    for d in [0, 1, -1, 0.1, 1.0 / 3, 1e300, -1e-300, 12.5, .infinity, -.infinity, .nan] as [Double] {
      var w = JSONByteWriter(pretty: false)
      w.double(d)
      #expect(w.bytes == JSONValue.double(d).bytes(pretty: false), "\(d)")
    }
  }

  /// Dates are written as their `description`, also outside the years a page can have.
  @Test func datesAreTheirDescription() throws {
    var dates = [
      try #require(CalendarDate(year: 2025, month: 9, day: 2)),
      try #require(CalendarDate(year: 1900, month: 1, day: 1)),
    ]
    var odd = dates[0]
    for year in [0, 7, 99, 999, 9999, 10_000, -5, 123_456] {
      odd.year = year
      dates.append(odd)
    }
    odd.year = 2025
    odd.month = 100
    dates.append(odd)
    for date in dates {
      var w = JSONByteWriter(pretty: false)
      w.date(date)
      #expect(w.bytes == JSONValue.string(date.description).bytes(pretty: false), "\(date.description)")
    }
    var w = JSONByteWriter(pretty: false)
    w.date(nil)
    #expect(w.bytes == Array("null".utf8))
  }
}
