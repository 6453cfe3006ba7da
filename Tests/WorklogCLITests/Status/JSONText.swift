@testable import WorklogKit

/// Reads JSON text back into a `JSONValue` with the project's own reader (`JSONReader`), so the
/// tests check what `status --format json` printed, not what it was built from.
enum JSONText {
  struct Malformed: Error {
    var offset: Int
  }

  /// The value `text` holds (strict JSON, nothing after it).
  static func parse(_ text: String) throws(Malformed) -> JSONValue {
    do throws(JSONSyntaxError) {
      return value(try JSONReader.read(Array(text.utf8)))
    } catch {
      throw Malformed(offset: error.offset)
    }
  }

  /// The tree as values: a whole number as `.int`, any other number as `.double`.
  static func value(_ node: JSONNode) -> JSONValue {
    switch node.value {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .number(let text): return Int(text).map(JSONValue.int) ?? Double(text).map(JSONValue.double) ?? .string(text)
    case .string(let s): return .string(s)
    case .array(let items): return .array(items.map(value))
    case .object(let members):
      return .object(Dictionary(members.map { ($0.key, value($0.value)) }, uniquingKeysWith: { _, last in last }))
    }
  }
}
