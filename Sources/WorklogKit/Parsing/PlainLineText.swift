/// The text of a line of plain text read from its bytes: what `InlineTextReader` makes of a
/// list item, prose line or heading that holds no markup but emphasis stars, without making a
/// `String` of the line, decoding entities, splitting breaks or scanning for links.
///
/// The readers of lists and the template-placeholder rule read most lines this way and the rest
/// with `InlineTextReader` (`PlainLineTextTests` compares the two). A line read this way has no
/// links and is one item.
enum PlainLineText {
  /// The text `InlineTextReader.read` (or, without `listMarkers`, `InlineTextReader.heading`)
  /// makes of the line at `range`, when its bytes settle it:
  /// nil for a line that is not plain text (`ScalarCharacters`) or holds `[`, `<`, a code tick,
  /// `{`, `&`, `__` or `http` (links, tags, code, shortcodes, entities, bare URLs).
  ///
  /// Such a line is one item: the reader drops its indentation, its list marker (`-`, `+`, `*`,
  /// `•` alone or before a space, or one or two digits and `.` or `)` before a space) with the
  /// spaces after it, every `*` (emphasis), and the blanks around what is left.
  static func text(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, listMarkers: Bool = true) -> [UInt8]? {
    guard let start = bodyStart(buf, range, listMarkers: listMarkers) else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(range.upperBound - start)
    for k in start..<range.upperBound where buf[k] != 0x2A { out.append(buf[k]) }
    return out.withUnsafeBufferPointer { b in Array(b[trimmed(b, 0..<b.count)]) }
  }

  /// `text` as a `String`, made straight from the line's bytes when it holds no `*`.
  static func string(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, listMarkers: Bool = true) -> String? {
    guard let start = bodyStart(buf, range, listMarkers: listMarkers) else { return nil }
    guard !buf[start..<range.upperBound].contains(0x2A) else {
      return text(buf, range, listMarkers: listMarkers).map { String(decoding: $0, as: UTF8.self) }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: buf[trimmed(buf, start..<range.upperBound)]), as: UTF8.self)
  }

  /// Where the text of the line at `range` starts, past its indentation and list marker, when
  /// its bytes settle its text (see `text`); nil otherwise.
  private static func bodyStart(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, listMarkers: Bool) -> Int? {
    let end = range.upperBound
    var previous: UInt8 = 0
    var k = range.lowerBound
    while k < end {
      let b = buf[k]
      if b >= 0x80 {
        let width = ScalarCharacters.width(buf, k, end)
        if width == 0 { return nil }
        previous = b
        k += width
        continue
      }
      switch b {
      case 0x5B, 0x3C, 0x60, 0x7B, 0x26, 0x0D: return nil  // [ < ` { & and a carriage return
      case 0x5F where previous == 0x5F: return nil  // __
      case 0x68 where k + 3 < end && buf[k + 1] == 0x74 && buf[k + 2] == 0x74 && buf[k + 3] == 0x70: return nil  // http
      default: previous = b
      }
      k += 1
    }
    // The indentation: spaces, tabs, no-break and em spaces.
    var i = range.lowerBound
    while i < end {
      if buf[i] == 0x20 || buf[i] == 0x09 {
        i += 1
      } else if i + 1 < end, buf[i] == 0xC2, buf[i + 1] == 0xA0 {
        i += 2
      } else if isEmSpace(buf, i, end) {
        i += 3
      } else {
        break
      }
    }
    // The list marker, as `InlineTextReader.stripMarker` finds it, and the spaces after it.
    // A heading keeps its numbering.
    if listMarkers, let start = markerEnd(buf, i, end) {
      i = start
      while i < end, buf[i] == 0x20 { i += 1 }
    }
    return i
  }

  /// The offset after the list marker at `i`, as `InlineTextReader.stripMarker` finds it: `-`,
  /// `+`, `*` or `•` alone or before a space, or one or two digits then `.` or `)` and a space.
  private static func markerEnd(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
    var symbolEnd: Int?
    if i < end, buf[i] == 0x2D || buf[i] == 0x2B || buf[i] == 0x2A {
      symbolEnd = i + 1
    } else if i + 2 < end, buf[i] == 0xE2, buf[i + 1] == 0x80, buf[i + 2] == 0xA2 {
      symbolEnd = i + 3
    }
    if let m = symbolEnd, m == end || buf[m] == 0x20 { return m }
    var d = i
    while d < end, ByteText.isDigit(buf[d]) { d += 1 }
    if d > i, d - i < 3, d + 1 < end, buf[d] == 0x2E || buf[d] == 0x29, buf[d + 1] == 0x20 { return d + 2 }
    return nil
  }

  /// Whether `buf` holds U+2003 (an em space) at `i`.
  private static func isEmSpace(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    i + 2 < end && buf[i] == 0xE2 && buf[i + 1] == 0x80 && buf[i + 2] == 0x83
  }

  /// `range` of `b` without leading blanks, no-break and em spaces and trailing blanks and
  /// no-break spaces, as `InlineTextReader.trimmedBytes` trims the bytes of `range`.
  private static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var lo = range.lowerBound
    var hi = range.upperBound
    let count = range.upperBound
    while lo < hi {
      if b[lo] == 0x20 || b[lo] == 0x09 {
        lo += 1
      } else if lo + 1 < count, b[lo] == 0xC2, b[lo + 1] == 0xA0 {
        lo += 2
      } else if lo + 2 < hi, b[lo] == 0xE2, b[lo + 1] == 0x80, b[lo + 2] == 0x83 {
        lo += 3
      } else {
        break
      }
    }
    while hi > lo {
      if b[hi - 1] == 0x20 || b[hi - 1] == 0x09 {
        hi -= 1
      } else if hi - 2 >= lo, b[hi - 2] == 0xC2, b[hi - 1] == 0xA0 {
        hi -= 2
      } else {
        break
      }
    }
    return lo..<hi
  }
}
