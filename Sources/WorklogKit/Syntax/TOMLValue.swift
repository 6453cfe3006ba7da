/// Reads one TOML value: a basic or literal string (one line or `"""` multi-line), an integer,
/// a float, a boolean, a date or date-time, an array, or an inline table.
enum TOMLValue {
  /// Arrays and inline tables nested deeper than this are unreadable (each level is a recursion).
  static let maxDepth = 8

  /// The value starting at `start`, and the offset just past its text. `end` bounds the front
  /// matter; strings and arrays may run over several lines, everything else ends with its line.
  static func read(_ bytes: [UInt8], _ start: Int, end: Int) -> (FrontMatterValue, Int) {
    let firstLineEnd = lineEnd(bytes, start, end)
    guard start < firstLineEnd, bytes[start] != UInt8(ascii: "#") else {
      return (.unreadable(reason: "the value is missing"), start)
    }
    let (value, valueEnd) = item(bytes, start, end: end, depth: 0)
    let restEnd = lineEnd(bytes, valueEnd, end)
    if case .unreadable = value { return (value, max(valueEnd, restEnd)) }
    let rest = ByteText.trimmed(bytes, valueEnd..<restEnd)
    if !rest.isEmpty && bytes[rest.lowerBound] != UInt8(ascii: "#") {
      return (.unreadable(reason: "text after the value"), rest.upperBound)
    }
    return (value, valueEnd)
  }

  /// A key as written, without the quotes of a quoted key.
  static func key(_ text: String) -> String {
    let u = Array(text.utf8)
    if u.count >= 2, let q = u.first, q == UInt8(ascii: "\"") || q == UInt8(ascii: "'"), u.last == q {
      return String(decoding: u[1..<(u.count - 1)], as: UTF8.self)
    }
    return text
  }

  private static func item(_ bytes: [UInt8], _ i: Int, end: Int, depth: Int) -> (FrontMatterValue, Int) {
    let b = bytes[i]
    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
      if i + 2 < end && bytes[i + 1] == b && bytes[i + 2] == b { return multiLine(bytes, i, end: end, quote: b) }
      return string(bytes, i, end: lineEnd(bytes, i, end), quote: b)
    }
    if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") {
      guard depth < maxDepth else { return (.unreadable(reason: "nested too deeply"), lineEnd(bytes, i, end)) }
      return b == UInt8(ascii: "[")
        ? array(bytes, i, end: end, depth: depth) : inlineTable(bytes, i, end: end, depth: depth)
    }
    var j = i
    while j < end, !isDelimiter(bytes[j]) { j += 1 }
    // `2026-06-25 10:00:00`: a space may separate a date from its time.
    if j - i == 10, j + 3 < end, bytes[j] == UInt8(ascii: " "), ByteText.isDigit(bytes[j + 1]),
      ByteText.isDigit(bytes[j + 2]), bytes[j + 3] == UInt8(ascii: ":")
    {
      j += 1
      while j < end, !isDelimiter(bytes[j]) { j += 1 }
    }
    return (plain(String(decoding: bytes[i..<j], as: UTF8.self)), j)
  }

  private static func isDelimiter(_ b: UInt8) -> Bool {
    ByteText.isBlank(b) || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") || b == UInt8(ascii: ",")
      || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") || b == UInt8(ascii: "#")
  }

  /// Types a bare value: boolean, integer, float, date, date-time.
  static func plain(_ text: String) -> FrontMatterValue {
    switch text {
    case "true": return .boolean(true)
    case "false": return .boolean(false)
    case "inf", "+inf": return .float(.infinity)
    case "-inf": return .float(-.infinity)
    case "nan", "+nan", "-nan": return .float(.nan)
    default: break
    }
    let u = Array(text.utf8)
    if let date = CalendarDate.parseISO(text) { return u.count == 10 ? .date(date) : .dateTime(date, text) }
    let digits = u.filter { $0 != UInt8(ascii: "_") }
    var signless = digits[...]
    if signless.first == UInt8(ascii: "+") || signless.first == UInt8(ascii: "-") { signless = signless.dropFirst() }
    if !signless.isEmpty, signless.count <= 18, signless.allSatisfy(ByteText.isDigit),
      let n = Int(String(decoding: digits, as: UTF8.self))
    {
      return .integer(n, leadingZero: signless.count > 1 && signless.first == UInt8(ascii: "0"))
    }
    if signless.count > 2, signless.first == UInt8(ascii: "0"),
      let radix = [0x78: 16, 0x6F: 8, 0x62: 2][signless[signless.startIndex + 1]],
      let n = Int(String(decoding: signless.dropFirst(2), as: UTF8.self), radix: radix)
    {
      return .integer(digits.first == UInt8(ascii: "-") ? -n : n, leadingZero: false)
    }
    if signless.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
      signless.allSatisfy({
        ByteText.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
          || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
      }),
      let f = Double(String(decoding: digits, as: UTF8.self))
    {
      return .float(f)
    }
    return .unreadable(reason: "not a TOML value (text needs quotes)")
  }

  /// A one-line string from the quote at `i`; `end` is the end of its line.
  private static func string(_ bytes: [UInt8], _ i: Int, end: Int, quote: UInt8) -> (FrontMatterValue, Int) {
    var out: [UInt8] = []
    var j = i + 1
    while j < end {
      let b = bytes[j]
      if b == quote { return (.string(String(decoding: out, as: UTF8.self), quoted: true), j + 1) }
      if quote == UInt8(ascii: "\"") && b == UInt8(ascii: "\\") && j + 1 < end {
        j = escape(bytes, j, end: end, into: &out)
        continue
      }
      out.append(b)
      j += 1
    }
    return (.unreadable(reason: "the closing quote is missing"), end)
  }

  /// A `"""` or `'''` string, which may span lines; a newline right after the opening is dropped.
  private static func multiLine(_ bytes: [UInt8], _ i: Int, end: Int, quote: UInt8) -> (FrontMatterValue, Int) {
    var out: [UInt8] = []
    var j = i + 3
    if j < end && bytes[j] == UInt8(ascii: "\r") { j += 1 }
    if j < end && bytes[j] == UInt8(ascii: "\n") { j += 1 }
    while j < end {
      let b = bytes[j]
      if b == quote && j + 2 < end && bytes[j + 1] == quote && bytes[j + 2] == quote {
        // Up to two more quotes belong to the string (`""""` ends with a quote inside).
        var close = j + 3
        while close < end && close < j + 5 && bytes[close] == quote {
          out.append(quote)
          close += 1
        }
        return (.string(String(decoding: out, as: UTF8.self), quoted: true), close)
      }
      if quote == UInt8(ascii: "\"") && b == UInt8(ascii: "\\") && j + 1 < end {
        if bytes[j + 1] == UInt8(ascii: "\n") || bytes[j + 1] == UInt8(ascii: "\r") || ByteText.isBlank(bytes[j + 1]) {
          // A line-ending backslash joins the lines, dropping the white space after it.
          j += 1
          while j < end
            && (ByteText.isBlank(bytes[j]) || bytes[j] == UInt8(ascii: "\n") || bytes[j] == UInt8(ascii: "\r"))
          { j += 1 }
          continue
        }
        j = escape(bytes, j, end: end, into: &out)
        continue
      }
      out.append(b)
      j += 1
    }
    return (
      .unreadable(reason: "the closing \(quote == UInt8(ascii: "\"") ? "\"\"\"" : "'''") is missing"),
      lineEnd(bytes, i, end)
    )
  }

  /// Decodes the escape at `j` (a backslash) into `out`; returns the offset after it.
  private static func escape(_ bytes: [UInt8], _ j: Int, end: Int, into out: inout [UInt8]) -> Int {
    let e = bytes[j + 1]
    if let control = StringEscape.control(e) {
      out.append(control)
      return j + 2
    }
    switch e {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(e)
    case UInt8(ascii: "u"), UInt8(ascii: "U"):
      let count = e == UInt8(ascii: "u") ? 4 : 8
      if let v = StringEscape.hexValue(bytes, j + 2, count: count, end: end), let scalar = Unicode.Scalar(v) {
        out.append(contentsOf: String(Character(scalar)).utf8)
        return j + 2 + count
      }
      out.append(0x5C)
      out.append(e)
    default:
      out.append(0x5C)
      out.append(e)
    }
    return j + 2
  }

  /// `[a, "b", 3]`, over several lines if need be, with comments between items; kept as text.
  private static func array(_ bytes: [UInt8], _ i: Int, end: Int, depth: Int) -> (FrontMatterValue, Int) {
    var items: [String] = []
    var j = i + 1
    while true {
      j = skipSpace(bytes, j, end: end)
      guard j < end else { break }
      if bytes[j] == UInt8(ascii: "]") { return (.list(items), j + 1) }
      let (value, next) = item(bytes, j, end: end, depth: depth + 1)
      if case .unreadable = value { break }
      items.append(value.text ?? "")
      j = skipSpace(bytes, next, end: end)
      guard j < end else { break }
      if bytes[j] == UInt8(ascii: ",") { j += 1 } else if bytes[j] != UInt8(ascii: "]") { break }
    }
    return (.unreadable(reason: "the closing ] is missing"), lineEnd(bytes, i, end))
  }

  /// `{ name = "x", id = 3 }` on one line, kept as its keys.
  private static func inlineTable(_ bytes: [UInt8], _ i: Int, end: Int, depth: Int) -> (FrontMatterValue, Int) {
    let stop = lineEnd(bytes, i, end)
    var keys: [String] = []
    var j = i + 1
    while j < stop {
      while j < stop && ByteText.isBlank(bytes[j]) { j += 1 }
      guard j < stop else { break }
      if bytes[j] == UInt8(ascii: "}") { return (.table(keys: keys), j + 1) }
      guard let eq = ByteText.firstIndex(of: 0x3D, in: bytes, j..<stop) else { break }
      keys.append(key(String(decoding: bytes[ByteText.trimmed(bytes, j..<eq)], as: UTF8.self)))
      var v = eq + 1
      while v < stop && ByteText.isBlank(bytes[v]) { v += 1 }
      guard v < stop else { break }
      let (value, next) = item(bytes, v, end: stop, depth: depth + 1)
      if case .unreadable = value { break }
      j = next
      while j < stop && ByteText.isBlank(bytes[j]) { j += 1 }
      if j < stop && bytes[j] == UInt8(ascii: ",") {
        j += 1
      } else if j < stop && bytes[j] != UInt8(ascii: "}") {
        break
      }
    }
    return (.unreadable(reason: "the closing } is missing"), stop)
  }

  /// Skips blanks, line breaks and `#` comments (inside an array).
  private static func skipSpace(_ bytes: [UInt8], _ j: Int, end: Int) -> Int {
    var j = j
    while j < end {
      let b = bytes[j]
      if ByteText.isBlank(b) || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
        j += 1
      } else if b == UInt8(ascii: "#") {
        j = lineEnd(bytes, j, end)
      } else {
        break
      }
    }
    return j
  }

  /// The offset of the line break at or after `i` (or `end`).
  static func lineEnd(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int {
    var j = i
    while j < end && bytes[j] != UInt8(ascii: "\n") && bytes[j] != UInt8(ascii: "\r") { j += 1 }
    return j
  }
}
