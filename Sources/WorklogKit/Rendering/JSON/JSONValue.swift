/// A JSON value built by the renderers; written with sorted keys so output is byte-stable.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// A string, or null for nil.
  public static func string(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
  /// An integer, or null for nil.
  public static func int(_ n: Int?) -> JSONValue { n.map(JSONValue.int) ?? .null }

  /// The value as compact JSON text (one line), keys sorted.
  public func serialized() -> String { String(decoding: bytes(pretty: false), as: UTF8.self) }

  /// The value as indented JSON text (two spaces), keys sorted.
  public func pretty() -> String { pretty(depth: 0) }

  /// The value as indented JSON text, as if it stood `depth` levels deep: every line after the
  /// first indented `2 * depth` spaces more (the first is left to the caller).
  func pretty(depth: Int) -> String { String(decoding: bytes(pretty: true, depth: depth), as: UTF8.self) }

  /// The UTF-8 of `serialized()` (or of `pretty(depth:)`), after `prefix` and before `suffix`:
  /// what a command writes, without a `String` made and its bytes checked again on the way (the
  /// writer makes only valid UTF-8 from `String`s).
  public func bytes(pretty: Bool, depth: Int = 0, prefix: String = "", suffix: String = "") -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    out.append(contentsOf: prefix.utf8)
    write(into: &out, indent: pretty ? 2 : nil, depth: depth)
    out.append(contentsOf: suffix.utf8)
    return out
  }

  func write(into out: inout [UInt8], indent: Int?, depth: Int) {
    func newline(_ d: Int) {
      guard let indent else { return }
      out.append(0x0A)
      out.append(contentsOf: repeatElement(0x20, count: indent * d))
    }
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let n): JSONValue.writeInt(n, into: &out)
    case .double(let d): JSONValue.writeDouble(d, into: &out)
    case .string(let s): JSONValue.writeString(s, into: &out)
    case .array(let items):
      out.append(0x5B)
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(0x2C) }
        newline(depth + 1)
        item.write(into: &out, indent: indent, depth: depth + 1)
      }
      if !items.isEmpty { newline(depth) }
      out.append(0x5D)
    case .object(let members):
      out.append(0x7B)
      // Keys are ASCII names, for which String order is byte order. The pairs are sorted, not
      // the keys, so no value is looked up again by its key.
      var first = true
      for (key, value) in members.sorted(by: { $0.key < $1.key }) {
        if !first { out.append(0x2C) }
        first = false
        newline(depth + 1)
        JSONValue.writeString(key, into: &out)
        out.append(0x3A)
        if indent != nil { out.append(0x20) }
        value.write(into: &out, indent: indent, depth: depth + 1)
      }
      if !members.isEmpty { newline(depth) }
      out.append(0x7D)
    }
  }

  /// Writes `d` as `String(d)` spells it, or null when it is not finite (JSON has no infinity).
  static func writeDouble<Out: JSONBytes & ~Copyable>(_ d: Double, into out: inout Out) {
    if writeShortDecimal(d, into: &out) { return }
    out.append(utf8: d.isFinite ? String(d) : "null")
  }

  /// Writes `d` as `String(d)` spells it when it is zero or a decimal of at most four places
  /// from 0.001 to below 10^9 (every weight and confidence, rounded as they are), and says
  /// whether it did; any other number is left to `String(d)`.
  ///
  /// `String(d)` writes the fewest digits that read back as `d`, in decimal in this range, with
  /// at least one place (`3.0`). With `m` the nearest integer to `|d|·10^p`, `m / 10^p` is
  /// computed exactly rounded, as reading the decimal `m·10^-p` is; when that gives `|d|`, the
  /// decimal reads back as `d`, and the fewest places that do are the fewest digits (decimals
  /// of 13 digits or fewer are distinct doubles, so no shorter one reads back as `d` too).
  static func writeShortDecimal<Out: JSONBytes & ~Copyable>(_ d: Double, into out: inout Out) -> Bool {
    if d == 0 {
      if d.sign == .minus { out.append(0x2D) }
      out.append(0x30)
      out.append(0x2E)
      out.append(0x30)
      return true
    }
    let magnitude = d.magnitude
    guard magnitude >= 0.001, magnitude < 1e9 else { return false }
    var scale = 1.0
    var power = 1
    for places in 0...4 {
      let m = (magnitude * scale).rounded()
      if m / scale == magnitude {
        let n = Int(m)
        if d < 0 { out.append(0x2D) }
        writeInt(n / power, into: &out)
        out.append(0x2E)
        if places == 0 {
          out.append(0x30)
        } else {
          // The places, with their leading zeros (`0.05`).
          var digit = power / 10
          let fraction = n % power
          while digit > 0 {
            out.append(0x30 + UInt8(fraction / digit % 10))
            digit /= 10
          }
        }
        return true
      }
      scale *= 10
      power *= 10
    }
    return false
  }

  /// Writes `n` in decimal, as `String(n)` spells it, without making the string.
  static func writeInt<Out: JSONBytes & ~Copyable>(_ n: Int, into out: inout Out) {
    if n < 0 { out.append(0x2D) }
    // The magnitude as unsigned, so `Int.min` has one too; 20 digits hold any of them.
    var m = n.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var count = 0
      repeat {
        digits[count] = 0x30 + UInt8(m % 10)
        m /= 10
        count += 1
      } while m > 0
      for i in stride(from: count - 1, through: 0, by: -1) { out.append(digits[i]) }
    }
  }

  /// Writes a JSON string; every control character (C0, DEL and C1) is escaped, so no raw escape
  /// sequence from the input ever reaches a terminal through JSON. Runs of ordinary bytes are
  /// copied in bulk.
  static func writeString<Out: JSONBytes & ~Copyable>(_ s: String, into out: inout Out) {
    let hex = hexDigits
    let attention = mayNeedEscape
    out.append(0x22)
    var s = s
    s.withUTF8 { bytes in
      var run = 0  // start of the bytes not yet copied
      var i = 0
      // The bytes before this offset were screened a word at a time: a word that holds a marked
      // byte is read byte by byte, and screened no more.
      var screened = 0
      while i < bytes.count {
        // Most words need nothing: none of their bytes is one the table marks.
        if i >= screened {
          if i + 8 <= bytes.count, !mayNeedEscape(word: ByteWords.word(bytes, at: i)) {
            i += 8
            continue
          }
          screened = i + 8
        }
        let b = bytes[i]
        // Most bytes need nothing: one table look says so.
        guard attention[Int(b)] else {
          i += 1
          continue
        }
        // U+0080 … U+009F are C2 80 … C2 9F in UTF-8; other C2 pairs are ordinary letters.
        if b == 0xC2 && !(i + 1 < bytes.count && bytes[i + 1] <= 0x9F) {
          i += 1
          continue
        }
        out.append(bytes: UnsafeBufferPointer(rebasing: bytes[run..<i]))
        out.append(0x5C)
        switch b {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x0A: out.append(0x6E)
        case 0x0D: out.append(0x72)
        case 0x09: out.append(0x74)
        default:
          let v = b == 0xC2 ? bytes[i + 1] : b
          if b == 0xC2 { i += 1 }
          out.append(0x75)
          out.append(0x30)
          out.append(0x30)
          out.append(hex[Int(v >> 4)])
          out.append(hex[Int(v & 0xF)])
        }
        i += 1
        run = i
      }
      out.append(bytes: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
    }
    out.append(0x22)
  }

  /// Whether some byte of `w` is one `mayNeedEscape` marks: below 0x20 (a byte of 0x80 or more
  /// never counts as below), `"`, `\`, DEL or C2. Exact for the word as a whole.
  @inline(__always)
  static func mayNeedEscape(word w: UInt64) -> Bool {
    let o = ByteWords.ones
    return (w &- 0x20 * o) & ~w & ByteWords.high != 0 || ByteWords.hasByte(w, 0x22 * o)
      || ByteWords.hasByte(w, 0x5C * o) || ByteWords.hasByte(w, 0x7F * o) || ByteWords.hasByte(w, 0xC2 * o)
  }

  /// The bytes `writeString` stops at: C0 controls, `"`, `\`, DEL, and C2 (the lead byte of
  /// the C1 controls, and of other letters too).
  private static let mayNeedEscape: [Bool] = (0..<256).map { b in
    b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
