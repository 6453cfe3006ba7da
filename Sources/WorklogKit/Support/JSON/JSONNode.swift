/// A JSON value read from a document, with the byte offset where it starts, so a message about
/// it can name its line and column.
package struct JSONNode: Sendable, Equatable {
  /// What the value is.
  package enum Value: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number as written (`12`, `-0.5e3`): the reader checks its grammar, not its size.
    case number(String)
    case string(String)
    case array([JSONNode])
    /// Members in the order written; a repeated key is refused by the reader.
    case object([JSONMember])
  }

  package var value: Value
  /// The byte offset of the value's first byte.
  package var offset: Int

  package init(_ value: Value, at offset: Int) {
    self.value = value
    self.offset = offset
  }

  /// The kind of value, as a message names it (`a string`, `an object`).
  package var kindName: String {
    switch value {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// The member named `key` of an object, nil for a missing key or another kind of value.
  package subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The value as the renderers' `JSONValue` (a number as an integer when it is one).
  package var jsonValue: JSONValue {
    switch value {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .number(let n): return Int(n).map(JSONValue.int) ?? .double(Double(n) ?? 0)
    case .string(let s): return .string(s)
    case .array(let items): return .array(items.map(\.jsonValue))
    case .object(let members):
      return .object(Dictionary(members.map { ($0.key, $0.value.jsonValue) }, uniquingKeysWith: { a, _ in a }))
    }
  }

  /// The value as compact JSON text, members in their written order.
  package var text: String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let n): return n
    case .string(let s): return JSONNode.quoted(s)
    case .array(let items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
    case .object(let members):
      return "{" + members.map { JSONNode.quoted($0.key) + ": " + $0.value.text }.joined(separator: ", ") + "}"
    }
  }

  /// `s` as a JSON string literal.
  package static func quoted(_ s: String) -> String {
    var out: [UInt8] = []
    JSONValue.writeString(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }
}

/// One member of a JSON object: its key, where the key's opening quote is, and its value.
package struct JSONMember: Sendable, Equatable {
  package var key: String
  package var keyOffset: Int
  package var value: JSONNode

  package init(key: String, keyOffset: Int, value: JSONNode) {
    self.key = key
    self.keyOffset = keyOffset
    self.value = value
  }
}
