/// Reads one YAML scalar (or flow list) in the plain, single- or double-quoted style.
enum YAMLScalar {
  /// Flow lists nested deeper than this are read as plain text: each level was a recursion
  /// (`tags: [[[[…` 15,000 deep overflowed the stack) and a scan of the whole value.
  static let maxListDepth = 8

  static func read(_ bytes: [UInt8], _ range: Range<Int>, depth: Int = 0) -> FrontMatterValue {
    guard !range.isEmpty else { return .null }
    let first = bytes[range.lowerBound]
    if first == UInt8(ascii: "!") { return tagged(bytes, range, depth: depth) }
    if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") { return quoted(bytes, range, quote: first) }
    if first == UInt8(ascii: "[") && depth < maxListDepth { return flowList(bytes, range, depth: depth) }
    // A plain scalar ends before ` #`.
    var end = range.upperBound
    var i = range.lowerBound
    while i + 1 < range.upperBound {
      if ByteText.isBlank(bytes[i]) && bytes[i + 1] == UInt8(ascii: "#") {
        end = i
        break
      }
      i += 1
    }
    let text = String(decoding: bytes[ByteText.trimmed(bytes, range.lowerBound..<end)], as: UTF8.self)
    return plain(text)
  }

  /// Types a plain scalar the way YAML 1.2's core schema does, plus dates as Hugo reads them.
  static func plain(_ text: String) -> FrontMatterValue {
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .boolean(true)
    case "false", "False", "FALSE": return .boolean(false)
    default: break
    }
    let u = Array(text.utf8)
    var digitsStart = 0
    if u.first == UInt8(ascii: "-") || u.first == UInt8(ascii: "+") { digitsStart = 1 }
    if digitsStart < u.count, u[digitsStart...].allSatisfy(ByteText.isDigit), u.count - digitsStart <= 18 {
      let value = Int(text) ?? 0
      return .integer(value, leadingZero: u.count - digitsStart > 1 && u[digitsStart] == UInt8(ascii: "0"))
    }
    if let date = CalendarDate.parseISO(text) {
      return u.count == 10 ? .date(date) : .dateTime(date, text)
    }
    if u.contains(0x2E),
      u.allSatisfy({
        ByteText.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+")
          || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
      }),
      let f = Double(text)
    {
      return .float(f)
    }
    return .string(text, quoted: false)
  }

  /// `!!int "4"`, `!!str 08`: the value after the tag, typed as the tag says. An unknown tag
  /// (`!custom`) leaves the value as it reads.
  private static func tagged(_ bytes: [UInt8], _ range: Range<Int>, depth: Int) -> FrontMatterValue {
    var i = range.lowerBound
    while i < range.upperBound && !ByteText.isBlank(bytes[i]) { i += 1 }
    let tag = String(decoding: bytes[range.lowerBound..<i], as: UTF8.self)
    let rest = ByteText.trimmed(bytes, i..<range.upperBound)
    let value = read(bytes, rest, depth: depth)
    let text: String
    switch value {
    case .string(let s, _): text = s
    case .list, .unreadable, .table: return value
    default: text = String(decoding: bytes[rest], as: UTF8.self)
    }
    switch tag {
    case "!!str": return .string(text, quoted: true)
    case "!!int":
      return Int(text.trimmingSpaces).map { .integer($0, leadingZero: false) }
        ?? .unreadable(reason: "'\(text)' is not an integer")
    case "!!float":
      return Double(text.trimmingSpaces).map { .float($0) } ?? .unreadable(reason: "'\(text)' is not a number")
    case "!!bool":
      switch text.trimmingSpaces.lowercased() {
      case "true": return .boolean(true)
      case "false": return .boolean(false)
      default: return .unreadable(reason: "'\(text)' is not true or false")
      }
    case "!!timestamp":
      return CalendarDate.parseISO(text.trimmingSpaces).map { text.utf8.count == 10 ? .date($0) : .dateTime($0, text) }
        ?? value
    default: return value
    }
  }

  private static func quoted(_ bytes: [UInt8], _ range: Range<Int>, quote: UInt8) -> FrontMatterValue {
    var out: [UInt8] = []
    var i = range.lowerBound + 1
    while i < range.upperBound {
      let b = bytes[i]
      if b == quote {
        if quote == UInt8(ascii: "'") && i + 1 < range.upperBound && bytes[i + 1] == UInt8(ascii: "'") {
          out.append(0x27)
          i += 2
          continue
        }
        let rest = ByteText.trimmed(bytes, (i + 1)..<range.upperBound)
        if !rest.isEmpty && bytes[rest.lowerBound] != UInt8(ascii: "#") {
          return .unreadable(reason: "text after the closing quote")
        }
        return .string(String(decoding: out, as: UTF8.self), quoted: true)
      }
      if quote == UInt8(ascii: "\"") && b == UInt8(ascii: "\\") && i + 1 < range.upperBound {
        let e = bytes[i + 1]
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        default:
          out.append(0x5C)
          out.append(e)
        }
        i += 2
        continue
      }
      out.append(b)
      i += 1
    }
    return .unreadable(reason: "the closing quote is missing")
  }

  private static func flowList(_ bytes: [UInt8], _ range: Range<Int>, depth: Int) -> FrontMatterValue {
    guard bytes[range.upperBound - 1] == UInt8(ascii: "]") else {
      return .unreadable(reason: "the closing ] is missing")
    }
    let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
    var items: [String] = []
    var start = inner.lowerBound
    var i = inner.lowerBound
    while i <= inner.upperBound {
      if i == inner.upperBound || bytes[i] == UInt8(ascii: ",") {
        let item = ByteText.trimmed(bytes, start..<i)
        if !item.isEmpty { items.append(read(bytes, item, depth: depth + 1).text ?? "") }
        start = i + 1
      }
      i += 1
    }
    return .list(items)
  }
}
