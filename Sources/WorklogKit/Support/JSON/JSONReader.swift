/// A strict RFC 8259 reader: bytes in, a `JSONNode` tree with byte offsets out, or the first
/// error and where it is. It never traps on any input: nesting deeper than `maxDepth` is an
/// error, not a stack overflow, and every index is checked.
///
/// Strict means: one value and only whitespace around it (a leading byte order mark is
/// skipped, as the RFC allows), no comments, no trailing commas, no single quotes, numbers in
/// the RFC's grammar, strings of valid UTF-8 without raw control characters, `\u` escapes that
/// pair their surrogates. A key repeated in one object is refused: which one would win is
/// nowhere written.
package struct JSONReader {
  /// How deep arrays and objects may nest.
  package static let defaultMaxDepth = 64

  private let bytes: [UInt8]
  private let maxDepth: Int
  private var i = 0

  /// Reads the document in `bytes`.
  package static func read(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONSyntaxError) -> JSONNode {
    var reader = JSONReader(bytes: bytes, maxDepth: maxDepth)
    return try reader.document()
  }

  private init(bytes: [UInt8], maxDepth: Int) {
    self.bytes = bytes
    self.maxDepth = maxDepth
  }

  private mutating func document() throws(JSONSyntaxError) -> JSONNode {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    skipSpace()
    guard i < bytes.count else { throw fail("empty document: expected a JSON value") }
    let node = try value(depth: 0)
    skipSpace()
    guard i == bytes.count else { throw fail("unexpected \(describe(i)) after the value") }
    return node
  }

  private func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
    JSONSyntaxError(offset: offset ?? i, message: message)
  }

  /// The byte at `at` as a message quotes it.
  private func describe(_ at: Int) -> String {
    guard at < bytes.count else { return "end of file" }
    let b = bytes[at]
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    let hex = String(b, radix: 16, uppercase: true)
    return "byte 0x\(hex.count == 1 ? "0" + hex : hex)"
  }

  private mutating func skipSpace() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
  }

  private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    guard i < bytes.count else { throw fail("unexpected end of file: expected a value") }
    let start = i
    switch bytes[i] {
    case UInt8(ascii: "{"): return JSONNode(try object(depth: depth + 1), at: start)
    case UInt8(ascii: "["): return JSONNode(try array(depth: depth + 1), at: start)
    case UInt8(ascii: "\""): return JSONNode(.string(try string()), at: start)
    case UInt8(ascii: "t"):
      try literal("true")
      return JSONNode(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try literal("false")
      return JSONNode(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try literal("null")
      return JSONNode(.null, at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(.number(try number()), at: start)
    case UInt8(ascii: "'"): throw fail("strings take double quotes, not single quotes")
    default: throw fail("unexpected \(describe(i)): expected a value")
    }
  }

  private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    for (k, b) in expected.enumerated() where i + k >= bytes.count || bytes[i + k] != b {
      throw fail("unexpected \(describe(i + k)) in '\(word)'", at: i + k)
    }
    i += expected.count
  }

  private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
    guard depth <= maxDepth else { throw fail("nested deeper than \(maxDepth) levels") }
    i += 1
    var members: [JSONMember] = []
    var seen = Set<String>()
    skipSpace()
    if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
      i += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") { throw fail("trailing comma before '}'") }
        throw fail("unexpected \(describe(i)): expected a key in double quotes")
      }
      let keyOffset = i
      let key = try string()
      guard seen.insert(key).inserted else { throw fail("key '\(Quote.cut(key))' is repeated", at: keyOffset) }
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
        throw fail("unexpected \(describe(i)): expected ':' after the key")
      }
      i += 1
      skipSpace()
      let member = try value(depth: depth)
      members.append(JSONMember(key: key, keyOffset: keyOffset, value: member))
      skipSpace()
      guard i < bytes.count else { throw fail("unexpected end of file: expected ',' or '}'") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard bytes[i] == UInt8(ascii: "}") else { throw fail("unexpected \(describe(i)): expected ',' or '}'") }
      i += 1
      return .object(members)
    }
  }

  private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
    guard depth <= maxDepth else { throw fail("nested deeper than \(maxDepth) levels") }
    i += 1
    var items: [JSONNode] = []
    skipSpace()
    if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
      i += 1
      return .array(items)
    }
    while true {
      skipSpace()
      if i < bytes.count && bytes[i] == UInt8(ascii: "]") { throw fail("trailing comma before ']'") }
      items.append(try value(depth: depth))
      skipSpace()
      guard i < bytes.count else { throw fail("unexpected end of file: expected ',' or ']'") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard bytes[i] == UInt8(ascii: "]") else { throw fail("unexpected \(describe(i)): expected ',' or ']'") }
      i += 1
      return .array(items)
    }
  }

  private mutating func number() throws(JSONSyntaxError) -> String {
    let start = i
    func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    guard isDigit(i) else { throw fail("a number needs a digit here, not \(describe(i))") }
    if bytes[i] == UInt8(ascii: "0") {
      i += 1
      if isDigit(i) { throw fail("a number cannot start with 0 followed by digits") }
    } else {
      while isDigit(i) { i += 1 }
    }
    if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard isDigit(i) else { throw fail("a digit must follow the decimal point") }
      while isDigit(i) { i += 1 }
    }
    if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
      i += 1
      if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
      guard isDigit(i) else { throw fail("a digit must follow the exponent") }
      while isDigit(i) { i += 1 }
    }
    return String(decoding: bytes[start..<i], as: UTF8.self)
  }

  private mutating func string() throws(JSONSyntaxError) -> String {
    let open = i
    i += 1
    var out: [UInt8] = []
    while true {
      guard i < bytes.count else { throw fail("string not closed", at: open) }
      let b = bytes[i]
      switch b {
      case UInt8(ascii: "\""):
        i += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try escape(into: &out)
      case 0x00..<0x20:
        throw fail("control character \(describe(i)) in a string (write it as an escape)")
      case 0x80...:
        let length = sequenceLength(at: i)
        guard length > 0 else { throw fail("invalid UTF-8 in a string") }
        out.append(contentsOf: bytes[i..<(i + length)])
        i += length
      default:
        out.append(b)
        i += 1
      }
    }
  }

  /// The length of the well-formed UTF-8 sequence at `at`, 0 when there is none.
  private func sequenceLength(at: Int) -> Int {
    let (length, lower, upper) = UTF8Lead.shape(bytes[at])
    guard length > 0, at + length <= bytes.count, (lower...upper).contains(bytes[at + 1]) else { return 0 }
    for k in 2..<max(2, length) where !UTF8Lead.isContinuation(bytes[at + k]) { return 0 }
    return length
  }

  private mutating func escape(into out: inout [UInt8]) throws(JSONSyntaxError) {
    let at = i
    i += 1
    guard i < bytes.count else { throw fail("string not closed") }
    let c = bytes[i]
    i += 1
    switch c {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(c)
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "u"):
      var code = try hex4(at: at)
      if (0xD800..<0xDC00).contains(code) {
        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
          throw fail("lone surrogate \\u\(String(code, radix: 16, uppercase: true)) in a string", at: at)
        }
        i += 2
        let low = try hex4(at: at)
        guard (0xDC00..<0xE000).contains(low) else { throw fail("surrogate pair not completed", at: at) }
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(code) {
        throw fail("lone surrogate \\u\(String(code, radix: 16, uppercase: true)) in a string", at: at)
      }
      guard let scalar = Unicode.Scalar(code) else { throw fail("invalid \\u escape", at: at) }
      out.append(contentsOf: Array(String(scalar).utf8))
    default:
      throw fail("unknown escape '\\\(Character(Unicode.Scalar(c)))' in a string", at: at)
    }
  }

  private mutating func hex4(at escape: Int) throws(JSONSyntaxError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw fail("\\u needs four hex digits", at: escape) }
    var code: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let digit: UInt8
      switch b {
      case 0x30...0x39: digit = b - 0x30
      case 0x41...0x46: digit = b - 0x41 + 10
      case 0x61...0x66: digit = b - 0x61 + 10
      default: throw fail("\\u needs four hex digits", at: escape)
      }
      code = code << 4 | UInt32(digit)
      i += 1
    }
    return code
  }
}
