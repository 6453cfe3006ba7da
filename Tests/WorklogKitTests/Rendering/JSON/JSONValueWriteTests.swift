import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The JSON writer's byte paths against plain references: strings escaped scalar by scalar,
/// integers as `String(n)` spells them, objects with their keys in order.
@Suite struct JSONValueWriteTests {
  /// A JSON string the slow way: a scalar at a time.
  static func reference(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) {
          let digits = String(v, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  static func written(_ value: JSONValue) -> String { value.serialized() }

  @Test func stringsAreEscapedAsScalarByScalar() {
    let pieces = [
      "a", "\"", "\\", "\n", "\r\n", "\t", "\u{0}", "\u{1B}[31m", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "¢",
      "Â", "Thứ 2", "ệ", "e\u{0301}", "🇻🇳", "\u{2028}", "/", "",
      // Runs longer than a word, so the writer's word-at-a-time screen meets marked bytes at
      // every offset of a word.
      "study the VPC ", "Tuần làm việc ",
    ]
    var random = SeededGenerator(seed: 21)
    var texts = pieces
    for _ in 0..<3_000 {
      texts.append(
        (0..<Int.random(in: 0...10, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)]
        }
        .joined())
    }
    for text in texts {
      #expect(Self.written(.string(text)) == Self.reference(text), "\(Array(text.unicodeScalars))")
    }
  }

  @Test func integersAreSpelledAsTheStandardLibrarySpellsThem() {
    var random = SeededGenerator(seed: 22)
    var numbers = [0, 1, -1, 9, 10, -10, 99, 100, 12_345, Int.max, Int.min, Int.max - 1, Int.min + 1]
    for _ in 0..<2_000 {
      numbers.append(Int.random(in: Int.min...Int.max, using: &random) >> Int.random(in: 0...62, using: &random))
    }
    for n in numbers { #expect(Self.written(.int(n)) == String(n)) }
  }

  @Test func objectsListTheirKeysInOrder() {
    let value = JSONValue.object([
      "b": .int(2), "a": .array([.object(["z": .null, "y": .bool(true)])]), "c": .string("x"),
    ])
    #expect(Self.written(value) == #"{"a":[{"y":true,"z":null}],"b":2,"c":"x"}"#)
    #expect(
      value.pretty()
        == "{\n  \"a\": [\n    {\n      \"y\": true,\n      \"z\": null\n    }\n  ],\n  \"b\": 2,\n  \"c\": \"x\"\n}")
  }
}
