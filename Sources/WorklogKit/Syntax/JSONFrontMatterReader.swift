/// Reads JSON front matter: a `{ … }` object at the top of the page, which Hugo also accepts.
///
/// Strings, numbers, booleans, null and arrays of scalars are read; a nested object is kept as
/// its keys. A member that cannot be read is reported and reading goes on at the next line.
struct JSONFrontMatterReader {
  let file: SourceFile
  private(set) var entries: [FrontMatterEntry] = []
  private(set) var unreadable: [Located<String>] = []
  private var bytes: [UInt8] { file.bytes }

  init(file: SourceFile) { self.file = file }

  /// Reads the object whose `{` is at `open`; returns the offset just past its `}`, or nil when
  /// it is never closed.
  mutating func read(from open: Int) -> Int? {
    let end = bytes.count
    var i = open + 1
    while true {
      i = skipSpace(i, end)
      guard i < end else { return nil }
      let b = bytes[i]
      if b == UInt8(ascii: "}") { return i + 1 }
      if b == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard b == UInt8(ascii: "\""), case (.string(let key, _), let keyEnd) = string(i, end),
        bytes[skipSpace(keyEnd, end)...].first == UInt8(ascii: ":")
      else {
        i = skipBadLine(i)
        continue
      }
      let valueStart = skipSpace(skipSpace(keyEnd, end) + 1, end)
      guard valueStart < end else { return nil }
      let (value, valueEnd) = self.value(valueStart, end, depth: 0)
      let valueRange = valueStart..<max(valueStart + 1, min(valueEnd, end))
      entries.append(
        FrontMatterEntry(
          key: Located(key, file.range(i..<keyEnd)), value: Located(value, file.range(valueRange)),
          raw: file.text(bytes: valueRange)))
      i = valueEnd
      if case .unreadable = value { i = nextLine(valueStart) }
    }
  }

  /// Records the rest of the line at `i` as unreadable and returns the start of the next line.
  private mutating func skipBadLine(_ i: Int) -> Int {
    let stop = TOMLValue.lineEnd(bytes, i, bytes.count)
    let t = ByteText.trimmed(bytes, i..<stop)
    if !t.isEmpty { unreadable.append(Located(file.text(bytes: t), file.range(t))) }
    return nextLine(i)
  }

  private func nextLine(_ i: Int) -> Int {
    var j = TOMLValue.lineEnd(bytes, i, bytes.count)
    if j < bytes.count && bytes[j] == UInt8(ascii: "\r") { j += 1 }
    if j < bytes.count && bytes[j] == UInt8(ascii: "\n") { j += 1 }
    return j
  }

  private func skipSpace(_ i: Int, _ end: Int) -> Int {
    var j = i
    while j < end, ByteText.isBlank(bytes[j]) || bytes[j] == UInt8(ascii: "\n") || bytes[j] == UInt8(ascii: "\r") {
      j += 1
    }
    return j
  }

  private func value(_ i: Int, _ end: Int, depth: Int) -> (FrontMatterValue, Int) {
    let b = bytes[i]
    switch b {
    case UInt8(ascii: "\""): return string(i, end)
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      guard depth < TOMLValue.maxDepth else { return (.unreadable(reason: "nested too deeply"), i + 1) }
      return b == UInt8(ascii: "[") ? array(i, end, depth: depth) : object(i, end, depth: depth)
    default:
      var j = i
      while j < end, !ByteText.isBlank(bytes[j]), ![0x0A, 0x0D, 0x2C, 0x5D, 0x7D].contains(bytes[j]) { j += 1 }
      let text = String(decoding: bytes[i..<j], as: UTF8.self)
      switch text {
      case "true": return (.boolean(true), j)
      case "false": return (.boolean(false), j)
      case "null": return (.null, j)
      default:
        if let n = Int(text) { return (.integer(n, leadingZero: false), j) }
        if let f = Double(text),
          text.utf8.allSatisfy({ ByteText.isDigit($0) || [0x2B, 0x2D, 0x2E, 0x45, 0x65].contains($0) })
        {
          return (.float(f), j)
        }
        return (.unreadable(reason: "not a JSON value (text needs double quotes)"), j)
      }
    }
  }

  /// A double-quoted string from `i`, escapes decoded.
  private func string(_ i: Int, _ end: Int) -> (FrontMatterValue, Int) {
    var out: [UInt8] = []
    var j = i + 1
    var pendingHigh: UInt32?
    while j < end {
      let b = bytes[j]
      if b == UInt8(ascii: "\"") { return (.string(String(decoding: out, as: UTF8.self), quoted: true), j + 1) }
      if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
      if b == UInt8(ascii: "\\") && j + 1 < end {
        let e = bytes[j + 1]
        j += 2
        if let control = StringEscape.control(e) {
          out.append(control)
          pendingHigh = nil
          continue
        }
        switch e {
        case UInt8(ascii: "u"):
          guard let v = StringEscape.hexValue(bytes, j, count: 4, end: end) else { continue }
          j += 4
          if (0xD800...0xDBFF).contains(v) {
            pendingHigh = v
            continue
          }
          var scalarValue = v
          if (0xDC00...0xDFFF).contains(v), let high = pendingHigh {
            scalarValue = 0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00)
          }
          if let scalar = Unicode.Scalar(scalarValue) { out.append(contentsOf: String(Character(scalar)).utf8) }
        default: out.append(e)
        }
        pendingHigh = nil
        continue
      }
      out.append(b)
      j += 1
    }
    return (.unreadable(reason: "the closing quote is missing"), j)
  }

  private func array(_ i: Int, _ end: Int, depth: Int) -> (FrontMatterValue, Int) {
    var items: [String] = []
    var j = skipSpace(i + 1, end)
    while j < end {
      if bytes[j] == UInt8(ascii: "]") { return (.list(items), j + 1) }
      let (v, next) = value(j, end, depth: depth + 1)
      if case .unreadable = v { break }
      items.append(v.text ?? "")
      j = skipSpace(next, end)
      if j < end && bytes[j] == UInt8(ascii: ",") {
        j = skipSpace(j + 1, end)
      } else if j < end && bytes[j] != UInt8(ascii: "]") {
        break
      }
    }
    return (.unreadable(reason: "the closing ] is missing"), j)
  }

  private func object(_ i: Int, _ end: Int, depth: Int) -> (FrontMatterValue, Int) {
    var keys: [String] = []
    var j = skipSpace(i + 1, end)
    while j < end {
      if bytes[j] == UInt8(ascii: "}") { return (.table(keys: keys), j + 1) }
      guard bytes[j] == UInt8(ascii: "\""), case (.string(let key, _), let keyEnd) = string(j, end) else { break }
      let colon = skipSpace(keyEnd, end)
      guard colon < end, bytes[colon] == UInt8(ascii: ":") else { break }
      let start = skipSpace(colon + 1, end)
      guard start < end else { break }
      let (v, next) = value(start, end, depth: depth + 1)
      if case .unreadable = v { break }
      keys.append(key)
      j = skipSpace(next, end)
      if j < end && bytes[j] == UInt8(ascii: ",") {
        j = skipSpace(j + 1, end)
      } else if j < end && bytes[j] != UInt8(ascii: "}") {
        break
      }
    }
    return (.unreadable(reason: "the closing } is missing"), j)
  }
}
