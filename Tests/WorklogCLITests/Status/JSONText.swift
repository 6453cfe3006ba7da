@testable import WorklogKit

/// Reads JSON text back into a `JSONValue`, so the tests check what `status --format json`
/// printed, not what it was built from. Enough JSON for our output: objects, arrays, strings
/// with escapes, integers, booleans and null.
struct JSONText {
  struct Malformed: Error {
    var offset: Int
  }

  private let bytes: [UInt8]
  private var at = 0

  private init(_ text: String) { bytes = Array(text.utf8) }

  /// The value `text` holds, with nothing but white space after it.
  static func parse(_ text: String) throws(Malformed) -> JSONValue {
    var reader = JSONText(text)
    let value = try reader.value()
    reader.skipSpace()
    guard reader.at == reader.bytes.count else { throw Malformed(offset: reader.at) }
    return value
  }

  private mutating func skipSpace() {
    while at < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[at]) { at += 1 }
  }

  private mutating func expect(_ word: String) throws(Malformed) {
    let w = Array(word.utf8)
    guard at + w.count <= bytes.count, Array(bytes[at..<(at + w.count)]) == w else { throw Malformed(offset: at) }
    at += w.count
  }

  private mutating func value() throws(Malformed) -> JSONValue {
    skipSpace()
    guard at < bytes.count else { throw Malformed(offset: at) }
    switch bytes[at] {
    case UInt8(ascii: "{"):
      at += 1
      var members: [String: JSONValue] = [:]
      skipSpace()
      if at < bytes.count, bytes[at] == UInt8(ascii: "}") {
        at += 1
        return .object(members)
      }
      while true {
        skipSpace()
        let key = try string()
        skipSpace()
        try expect(":")
        members[key] = try value()
        skipSpace()
        if at < bytes.count, bytes[at] == UInt8(ascii: ",") {
          at += 1
          continue
        }
        try expect("}")
        return .object(members)
      }
    case UInt8(ascii: "["):
      at += 1
      var items: [JSONValue] = []
      skipSpace()
      if at < bytes.count, bytes[at] == UInt8(ascii: "]") {
        at += 1
        return .array(items)
      }
      while true {
        items.append(try value())
        skipSpace()
        if at < bytes.count, bytes[at] == UInt8(ascii: ",") {
          at += 1
          continue
        }
        try expect("]")
        return .array(items)
      }
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"):
      try expect("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expect("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expect("null")
      return .null
    default:
      let start = at
      if bytes[at] == UInt8(ascii: "-") { at += 1 }
      while at < bytes.count, (0x30...0x39).contains(bytes[at]) { at += 1 }
      guard let n = Int(String(decoding: bytes[start..<at], as: UTF8.self)) else { throw Malformed(offset: start) }
      return .int(n)
    }
  }

  private mutating func string() throws(Malformed) -> String {
    try expect("\"")
    var out: [UInt8] = []
    while at < bytes.count {
      let b = bytes[at]
      at += 1
      switch b {
      case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard at < bytes.count else { throw Malformed(offset: at) }
        let e = bytes[at]
        at += 1
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "u"):
          guard at + 4 <= bytes.count,
            let code = UInt32(String(decoding: bytes[at..<(at + 4)], as: UTF8.self), radix: 16),
            let scalar = Unicode.Scalar(code)
          else { throw Malformed(offset: at) }
          at += 4
          out += Array(String(Character(scalar)).utf8)
        default: out.append(e)
        }
      default: out.append(b)
      }
    }
    throw Malformed(offset: at)
  }
}
