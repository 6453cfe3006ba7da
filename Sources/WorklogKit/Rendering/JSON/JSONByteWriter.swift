/// Writes JSON text straight into a growing byte buffer as a renderer walks its model, so a
/// large document (`parse`) is not first built as a `JSONValue` tree, sorted and freed.
///
/// The layout is exactly `JSONValue.bytes(pretty:depth:prefix:suffix:)`'s: compact, or pretty
/// with two spaces of indent a level, and strings, integers and doubles spelled the same. The
/// caller gives each object's keys in sorted (byte) order, as `JSONValue` writes them; keys are
/// plain ASCII names that need no escaping.
struct JSONByteWriter: ~Copyable {
  /// The text written so far.
  private var out: JSONOutput
  /// The text written so far, as an array.
  var bytes: [UInt8] { out.bytes }
  /// The text written so far, as a `String`.
  var string: String { out.string }
  private let pretty: Bool
  private var depth: Int
  /// Whether the innermost open object or array has no member yet (no comma before the next).
  private var first = true

  /// A writer whose first value stands `depth` levels deep (lines after the first indented
  /// `2 * depth` spaces more in pretty layout), after `prefix`.
  init(pretty: Bool, depth: Int = 0, prefix: String = "", capacity: Int = 4096) {
    self.pretty = pretty
    self.depth = pretty ? depth : 0
    out = JSONOutput(capacity: capacity)
    out.append(utf8: prefix)
  }

  /// Appends `text` after the value (a line's newline).
  mutating func append(_ text: String) { out.append(utf8: text) }

  @inline(__always)
  private mutating func newline(_ d: Int) {
    guard pretty else { return }
    out.append(0x0A)
    out.append(0x20, count: 2 * d)
  }

  /// Starts the next member of the open object: the comma it needs, its line, `"name":`.
  mutating func key(_ name: StaticString) {
    if !first { out.append(0x2C) }
    first = false
    newline(depth)
    out.append(0x22)
    name.withUTF8Buffer { out.append(bytes: $0) }
    out.append(0x22)
    out.append(0x3A)
    if pretty { out.append(0x20) }
  }

  /// A member whose value is an integer (null for nil): `key(name)`, then `int(n)`.
  mutating func field(_ name: StaticString, _ n: Int?) {
    key(name)
    int(n)
  }

  /// A member whose value is a string (null for nil): `key(name)`, then `string(s)`.
  mutating func field(_ name: StaticString, _ s: String?) {
    key(name)
    string(s)
  }

  /// Starts the next element of the open array: the comma it needs and its line.
  mutating func element() {
    if !first { out.append(0x2C) }
    first = false
    newline(depth)
  }

  mutating func beginObject() { open(0x7B) }
  mutating func endObject() { close(0x7D) }
  mutating func beginArray() { open(0x5B) }
  mutating func endArray() { close(0x5D) }

  private mutating func open(_ bracket: UInt8) {
    out.append(bracket)
    depth += 1
    first = true
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if !first { newline(depth) }
    out.append(bracket)
    // The enclosing container has just had this value as a member.
    first = false
  }

  mutating func null() { ("null" as StaticString).withUTF8Buffer { out.append(bytes: $0) } }

  mutating func bool(_ b: Bool) {
    let word: StaticString = b ? "true" : "false"
    word.withUTF8Buffer { out.append(bytes: $0) }
  }

  /// An integer, or null for nil.
  mutating func int(_ n: Int?) {
    guard let n else { return null() }
    JSONValue.writeInt(n, into: &out)
  }

  mutating func double(_ d: Double) { JSONValue.writeDouble(d, into: &out) }

  /// A string, or null for nil.
  mutating func string(_ s: String?) {
    guard let s else { return null() }
    JSONValue.writeString(s, into: &out)
  }

  /// A date as its `description` (`YYYY-MM-DD`) string, or null for nil; the digits are written
  /// without making the string when the year has four digits (always, in a worklog).
  mutating func date(_ d: CalendarDate?) {
    guard let d else { return null() }
    guard (0...9999).contains(d.year), (0...99).contains(d.month), (0...99).contains(d.day) else {
      return string(d.description)
    }
    out.append(0x22)
    digits(d.year / 100)
    digits(d.year % 100)
    out.append(0x2D)
    digits(d.month)
    out.append(0x2D)
    digits(d.day)
    out.append(0x22)
  }

  /// Two decimal digits of `n` in `0...99`.
  private mutating func digits(_ n: Int) {
    out.append(0x30 + UInt8(n / 10))
    out.append(0x30 + UInt8(n % 10))
  }
}
