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

  /// Doubles are spelled as `String(d)` spells them, whether the short decimal path writes them
  /// (weights and confidences rounded to a few places) or leaves them to the standard library.
  @Test func doublesAreSpelledAsTheStandardLibrarySpellsThem() {
    var random = SeededGenerator(seed: 24)
    var numbers: [Double] = [
      0, -0.0, 1, -1, 0.5, 0.67, 0.001, 0.000_999_9, 0.0001, 1e-5, 0.05, 0.005, 2.25, 100, 1e9, 1e9 - 0.5,
      999_999_999.999_9, 123_456.75, 0.1 + 0.2, 1.0 / 3, .pi, 1e15, 1e16, -7.125, .infinity, -.infinity, .nan,
      Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude,
    ]
    for _ in 0..<20_000 {
      let places = Double(Int.random(in: 0...6, using: &random))
      let scale = Double.random(in: -12...10, using: &random)
      let raw = Double.random(in: -1...1, using: &random) * pow10(scale)
      let unit = pow10(places)
      numbers.append(Bool.random(using: &random) ? raw : (raw * unit).rounded() / unit)
    }
    for d in numbers {
      var out: [UInt8] = []
      JSONValue.writeDouble(d, into: &out)
      #expect(String(decoding: out, as: UTF8.self) == (d.isFinite ? String(d) : "null"), "\(d)")
    }
  }

  private func pow10(_ e: Double) -> Double {
    var r = 1.0
    for _ in 0..<Int(e.magnitude) { r *= 10 }
    return e < 0 ? 1 / r : r
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
