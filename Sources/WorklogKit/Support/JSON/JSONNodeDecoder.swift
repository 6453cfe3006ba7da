/// Decodes a `Decodable` value from a `JSONNode` with the standard library's `Decoder`
/// protocol, so a nested configuration type (its own `Codable` struct) is read from the
/// checked, merged settings without Foundation's `JSONDecoder`.
package enum JSONNodeDecoder {
  /// `T` read from `node`; a key `T` does not declare is ignored (the checker refused it first).
  package static func decode<T: Decodable>(_ type: T.Type, from node: JSONNode) throws -> T {
    try T(from: NodeDecoder(node: node, codingPath: []))
  }
}

/// Why a node could not be decoded: the key path and what was wrong.
package struct JSONNodeDecodingError: Error, Sendable, Equatable {
  package var path: String
  package var message: String
}

private struct NodeKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    stringValue = String(intValue)
    self.intValue = intValue
  }
}

private func failure(_ path: [any CodingKey], _ message: String) -> JSONNodeDecodingError {
  JSONNodeDecodingError(path: path.map(\.stringValue).joined(separator: "."), message: message)
}

private struct NodeDecoder: Decoder {
  let node: JSONNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = node.value else { throw failure(codingPath, "expected an object") }
    return KeyedDecodingContainer(Keyed<Key>(members: members, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let items) = node.value else { throw failure(codingPath, "expected an array") }
    return Unkeyed(items: items, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { singleValue() }
  func singleValue() -> Single { Single(node: node, codingPath: codingPath) }
}

private struct Single: SingleValueDecodingContainer {
  let node: JSONNode
  let codingPath: [any CodingKey]

  func decodeNil() -> Bool { node.value == .null }
  func decode(_ type: Bool.Type) throws -> Bool {
    guard case .bool(let b) = node.value else { throw failure(codingPath, "expected true or false") }
    return b
  }
  func decode(_ type: String.Type) throws -> String {
    guard case .string(let s) = node.value else { throw failure(codingPath, "expected a string") }
    return s
  }
  func decode(_ type: Double.Type) throws -> Double {
    guard case .number(let n) = node.value, let d = Double(n) else { throw failure(codingPath, "expected a number") }
    return d
  }
  func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
  func integer<I: FixedWidthInteger>() throws -> I {
    guard case .number(let n) = node.value, let i = I(n) else { throw failure(codingPath, "expected a whole number") }
    return i
  }
  func decode(_ type: Int.Type) throws -> Int { try integer() }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
  func decode(_ type: UInt.Type) throws -> UInt { try integer() }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer() }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer() }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer() }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer() }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: NodeDecoder(node: node, codingPath: codingPath)) }
}

private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let members: [JSONMember]
  let codingPath: [any CodingKey]

  var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }
  func contains(_ key: Key) -> Bool { members.contains { $0.key == key.stringValue } }

  private func node(_ key: Key) throws -> JSONNode {
    guard let member = members.first(where: { $0.key == key.stringValue }) else {
      throw failure(codingPath + [key], "missing")
    }
    return member.value
  }
  private func single(_ key: Key) throws -> Single { Single(node: try node(key), codingPath: codingPath + [key]) }

  func decodeNil(forKey key: Key) throws -> Bool { try node(key).value == .null }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try single(key).decode(type) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try single(key).decode(type) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try single(key).decode(type) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try single(key).decode(type) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try single(key).decode(type) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try single(key).decode(type) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try single(key).decode(type) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try single(key).decode(type) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try single(key).decode(type) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try single(key).decode(type) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try single(key).decode(type) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try single(key).decode(type) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try single(key).decode(type) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try single(key).decode(type) }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try T(from: NodeDecoder(node: try node(key), codingPath: codingPath + [key]))
  }
  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try NodeDecoder(node: try node(key), codingPath: codingPath + [key]).container(keyedBy: type)
  }
  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try NodeDecoder(node: try node(key), codingPath: codingPath + [key]).unkeyedContainer()
  }
  func superDecoder() throws -> any Decoder {
    NodeDecoder(node: JSONNode(.object(members), at: 0), codingPath: codingPath)
  }
  func superDecoder(forKey key: Key) throws -> any Decoder {
    NodeDecoder(node: try node(key), codingPath: codingPath + [key])
  }
}

private struct Unkeyed: UnkeyedDecodingContainer {
  let items: [JSONNode]
  let codingPath: [any CodingKey]
  var currentIndex = 0

  init(items: [JSONNode], codingPath: [any CodingKey]) {
    self.items = items
    self.codingPath = codingPath
  }

  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  private mutating func next() throws -> NodeDecoder {
    guard currentIndex < items.count else { throw failure(codingPath, "no more items") }
    defer { currentIndex += 1 }
    return NodeDecoder(node: items[currentIndex], codingPath: codingPath + [NodeKey(intValue: currentIndex)])
  }

  mutating func decodeNil() throws -> Bool {
    guard currentIndex < items.count, items[currentIndex].value == .null else { return false }
    currentIndex += 1
    return true
  }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: try next()) }
  mutating func decode(_ type: Bool.Type) throws -> Bool { try next().singleValue().decode(type) }
  mutating func decode(_ type: String.Type) throws -> String { try next().singleValue().decode(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try next().singleValue().decode(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { try next().singleValue().decode(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try next().singleValue().decode(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().singleValue().decode(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().singleValue().decode(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().singleValue().decode(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().singleValue().decode(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try next().singleValue().decode(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().singleValue().decode(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().singleValue().decode(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().singleValue().decode(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().singleValue().decode(type) }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next().container(keyedBy: type)
  }
  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
  mutating func superDecoder() throws -> any Decoder { try next() }
}
