/// Reads TOML front matter (between `+++` fences): `key = value` lines with strings, numbers,
/// booleans, dates, arrays, inline tables and `[section]` tables.
///
/// Keys inside a `[section]` are the section's, not the page's: the section is kept as one
/// entry whose value lists its keys, so `title` under `[params]` is not taken for the page's.
struct TOMLFrontMatterReader {
  let file: SourceFile
  private(set) var entries: [FrontMatterEntry] = []
  private(set) var unreadable: [Located<String>] = []

  init(file: SourceFile) { self.file = file }

  /// Reads the lines `lines` (the fences left out).
  mutating func read(lines: Range<Int>) {
    guard !lines.isEmpty else { return }
    let bytes = file.bytes
    let end = file.lineEnds[lines.upperBound - 2]
    var table: Int?  // the entry of the `[section]` being read, if any
    var line = lines.lowerBound
    while line < lines.upperBound {
      let t = ByteText.trimmed(bytes, file.byteRange(ofLine: line))
      if t.isEmpty || bytes[t.lowerBound] == UInt8(ascii: "#") {
        line += 1
        continue
      }
      if bytes[t.lowerBound] == UInt8(ascii: "[") {  // [section] or [[array of tables]]
        table = header(t)
        line += 1
        continue
      }
      guard let eq = equalsSign(t) else {
        unreadable.append(Located(file.text(bytes: t), file.range(t)))
        line += 1
        continue
      }
      let keyRange = ByteText.trimmed(bytes, t.lowerBound..<eq)
      var start = eq + 1
      while start < end && ByteText.isBlank(bytes[start]) { start += 1 }
      let (value, valueEnd) = TOMLValue.read(bytes, start, end: end)
      let valueRange = start..<max(start, valueEnd)
      let lastLine = file.line(containing: max(start, valueEnd - 1))
      if let table {
        var entry = entries[table]
        entries[table].value.value = .null
        if case .table(var keys) = entry.value.value {
          keys.append(TOMLValue.key(file.text(bytes: keyRange)))
          entry.value.value = .table(keys: keys)
        }
        entry.value.range.end = file.location(at: valueRange.upperBound)
        entries[table] = entry
      } else {
        entries.append(
          FrontMatterEntry(
            key: Located(TOMLValue.key(file.text(bytes: keyRange)), file.range(keyRange)),
            value: Located(value, file.range(valueRange.isEmpty ? keyRange : valueRange)),
            raw: file.text(bytes: valueRange)))
      }
      line = max(line, lastLine) + 1
    }
  }

  /// Starts a `[section]`: an entry named after it that collects its keys; returns its index.
  private mutating func header(_ t: Range<Int>) -> Int? {
    let bytes = file.bytes
    var inner = (t.lowerBound + 1)..<t.upperBound
    if let close = ByteText.firstIndex(of: 0x5D, in: bytes, inner) {
      inner = inner.lowerBound..<close
    } else {
      unreadable.append(Located(file.text(bytes: t), file.range(t)))
      return nil
    }
    if inner.lowerBound < inner.upperBound && bytes[inner.lowerBound] == UInt8(ascii: "[") {
      inner = (inner.lowerBound + 1)..<inner.upperBound
    }
    let name = ByteText.trimmed(bytes, inner)
    entries.append(
      FrontMatterEntry(
        key: Located(TOMLValue.key(file.text(bytes: name)), file.range(name)),
        value: Located(.table(keys: []), file.range(t)), raw: file.text(bytes: t)))
    return entries.count - 1
  }

  /// The `=` after a key (bare, dotted or quoted), if the line is `key = value`.
  private func equalsSign(_ t: Range<Int>) -> Int? {
    let bytes = file.bytes
    var quote: UInt8?
    var i = t.lowerBound
    while i < t.upperBound {
      let b = bytes[i]
      if let q = quote {
        if b == q { quote = nil }
      } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        quote = b
      } else if b == UInt8(ascii: "=") {
        return i > t.lowerBound ? i : nil
      } else if !(b >= 0x80 || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
        || ByteText.isBlank(b) || ByteText.isDigit(b)
        || (ByteText.lowerASCII(b) >= 0x61 && ByteText.lowerASCII(b) <= 0x7A))
      {
        return nil
      }
      i += 1
    }
    return nil
  }
}
