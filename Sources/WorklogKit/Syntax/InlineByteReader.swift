/// Reads inline Markdown as `InlineTextReader` does, on bytes, when bytes cannot disagree with
/// `Character`s.
///
/// `InlineTextReader.readByCharacters` splits `<br>` tags, counts indentation and strips list
/// markers by comparing `Character`s. When every non-ASCII scalar of the text is in NFC in any
/// context and a `Character` of its own (`FoldedText.isPlain`, or the em space an entity decodes
/// to), every `Character` is one scalar (a CR LF pair aside, which none of those comparisons
/// matches either way) and equals a literal only when the scalars are the same, so comparing
/// bytes gives the same answer. Any other text (combining marks, joiners, variation selectors,
/// prepended scalars) returns nil and is read by `Character`s. The cell is copied once, lines
/// are ranges of that copy, and the text of all items is built in one buffer.
enum InlineByteReader {
  /// `InlineTextReader.readByCharacters(markdown, listMarkers:)`, or nil when a scalar of
  /// `markdown` might join its neighbour.
  static func read(_ given: String, listMarkers: Bool) -> InlineText? {
    var markdown = given
    guard let seen = markdown.withUTF8({ screen($0) }) else { return nil }
    if !seen.entity && !seen.tag && !seen.bracket && !seen.control,
      let plain = markdown.withUTF8({ readPlain($0, given, listMarkers: listMarkers) })
    {
      return plain
    }
    let bytes = markdown.withUTF8 { seen.entity ? decodedEntities($0) : Array($0) }
    // `&lt;` decodes to a `<`; no entity decodes to a `[` or a control character.
    let mayBreak = seen.tag || seen.entity
    var links: [Reference] = []
    var broken: [String] = []
    var items: [TextItem] = []
    // Every item's text, "\n" between them: the whole text when there is more than one.
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count)
    var lineStart = 0
    while lineStart <= bytes.count {
      let (lineEnd, next) = mayBreak ? lineBreak(bytes, from: lineStart) : (bytes.count, bytes.count + 1)
      var (level, bodyStart) = indentLevel(bytes, lineStart..<lineEnd)
      if listMarkers {
        let (plus, rest) = markerEnd(bytes, bodyStart..<lineEnd)
        if plus && level == 1 { level = 2 }
        bodyStart = rest
      }
      let itemStart = text.count
      if !items.isEmpty { text.append(0x0A) }
      let textStart = text.count
      var scan = InlineScan(bytes[bodyStart..<lineEnd], mayHoldBracket: seen.bracket)
      scan.plain(scan.bytes, depth: 0, into: &text, links: &links, broken: &broken)
      let kept = InlineTextReader.trimmedRange(text[textStart...])
      if kept.isEmpty {
        text.removeLast(text.count - itemStart)
      } else {
        text.removeLast(text.count - kept.upperBound)
        if kept.lowerBound > textStart { text.removeSubrange(textStart..<kept.lowerBound) }
        items.append(TextItem(text: String(decoding: text[textStart...], as: UTF8.self), level: level))
      }
      lineStart = next
    }
    let whole = items.count == 1 ? items[0].text : String(decoding: text, as: UTF8.self)
    // Control scalars are ASCII: their bytes are theirs alone.
    let control = seen.control && text.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F }
    return InlineText(text: whole, items: items, links: links, brokenLinks: broken, hasControlCharacters: control)
  }

  /// `read` of a cell that is one line of plain text: no entity, tag, bracket or control byte
  /// (the screen says so), and no byte `InlineScan` would read as markup (`!`, `*`, `_`, a
  /// backtick, `{`, or `http://`/`https://`), so the text is the line as written, its
  /// indentation and list marker taken off and trimmed. Nothing is copied but the item's text,
  /// and not that when it is the whole cell. Nil for any other cell.
  static func readPlain(_ u: UnsafeBufferPointer<UInt8>, _ markdown: String, listMarkers: Bool) -> InlineText? {
    for i in 0..<u.count where InlineScan.mayStartMarkup(u[i]) {
      // `h` starts markup only as a URL; `[` and `<` the screen has ruled out.
      guard u[i] == UInt8(ascii: "h"), !InlineScan.startsURL(u, at: i) else { return nil }
    }
    var (level, bodyStart) = indentLevel(u, 0..<u.count)
    if listMarkers {
      let (plus, rest) = markerEnd(u, bodyStart..<u.count)
      if plus && level == 1 { level = 2 }
      bodyStart = rest
    }
    let kept = InlineTextReader.trimmedRange(u, bodyStart..<u.count)
    guard !kept.isEmpty else {
      return InlineText(text: "", items: [], links: [], brokenLinks: [], hasControlCharacters: false)
    }
    let text =
      kept.count == u.count ? markdown : String(decoding: UnsafeBufferPointer(rebasing: u[kept]), as: UTF8.self)
    return InlineText(
      text: text, items: [TextItem(text: text, level: level)], links: [], brokenLinks: [], hasControlCharacters: false)
  }

  /// The bytes a reading looks for first, each found in the text or not (`&`, `<`, `[`, and a
  /// byte below 0x20 or DEL, which counts a tab or a line feed too).
  private struct Seen {
    var entity = false
    var tag = false
    var bracket = false
    var control = false

    /// Notes the bytes of word `w` (non-ASCII bytes are none of those looked for).
    @inline(__always)
    mutating func note(word w: UInt64) {
      entity = entity || ByteWords.hasByte(w, 0x26 * ByteWords.ones)
      tag = tag || ByteWords.hasByte(w, 0x3C * ByteWords.ones)
      bracket = bracket || ByteWords.hasByte(w, 0x5B * ByteWords.ones)
      // A byte below 0x20 (a byte of 0x80 or more never counts) or DEL.
      control =
        control || (w &- 0x20 * ByteWords.ones) & ~w & ByteWords.high != 0
        || ByteWords.hasByte(w, 0x7F * ByteWords.ones)
    }

    @inline(__always)
    mutating func note(byte b: UInt8) {
      entity = entity || b == UInt8(ascii: "&")
      tag = tag || b == UInt8(ascii: "<")
      bracket = bracket || b == UInt8(ascii: "[")
      control = control || b < 0x20 || b == 0x7F
    }
  }

  /// What the text holds; nil when a scalar is not plain. Eight bytes at a time: a word of
  /// ASCII needs no decoding.
  private static func screen(_ input: UnsafeBufferPointer<UInt8>) -> Seen? {
    var seen = Seen()
    var i = 0
    while i + 8 <= input.count {
      let w = ByteWords.word(input, at: i)
      seen.note(word: w)
      if w & ByteWords.high == 0 {
        i += 8
        continue
      }
      // The scalars that start in this word; the last may end past it.
      let wordEnd = i + 8
      while i < wordEnd {
        // Vietnamese text is mostly these: ASCII, leads 0xC2…0xC8 (U+0080…U+023F), and 0xE1
        // 0xBA 0xA0… or 0xE1 0xBB (U+1EA0…U+1EFF), all plain (the bytes are a `String`'s, so
        // well-formed).
        let b = input[i]
        if b < 0x80 {
          i += 1
          continue
        }
        if b >= 0xC2 && b <= 0xC8 && i + 2 <= input.count {
          i += 2
          continue
        }
        if b == 0xE1 && i + 3 <= input.count && (input[i + 1] == 0xBB || (input[i + 1] == 0xBA && input[i + 2] >= 0xA0))
        {
          i += 3
          continue
        }
        guard let length = plainLength(input, at: i) else { return nil }
        i += length
      }
    }
    while i < input.count {
      seen.note(byte: input[i])
      guard let length = plainLength(input, at: i) else { return nil }
      i += length
    }
    return seen
  }

  /// The length of the scalar at `i` when it is ASCII or plain; nil otherwise.
  @inline(__always)
  private static func plainLength(_ input: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    let b = input[i]
    if b < 0x80 { return 1 }
    let length = UTF8Lead.shape(b).length
    guard length > 0, i + length <= input.count else { return nil }
    var scalar = UInt32(b) & (0x7F >> length)
    for k in 1..<length { scalar = scalar << 6 | UInt32(input[i + k] & 0x3F) }
    return scalar == 0x2003 || FoldedText.isPlain(scalar) ? length : nil
  }

  /// `InlineTextReader.decodedEntities(bytes)`: the runs between entities are copied whole,
  /// and only an `&` is compared with the entities (no entity is the start of another, so the
  /// one that matches is the first in the list that does).
  static func decodedEntities(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var copied = 0
    var i = 0
    while i < bytes.count {
      // A word without an `&` is copied with its run.
      if i + 8 <= bytes.count, !ByteWords.hasByte(ByteWords.word(bytes, at: i), 0x26 * ByteWords.ones) {
        i += 8
        continue
      }
      guard bytes[i] == UInt8(ascii: "&") else {
        i += 1
        continue
      }
      guard let (length, value) = entity(bytes, at: i) else {
        i += 1
        continue
      }
      out.append(contentsOf: bytes[copied..<i])
      out.append(contentsOf: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
      i += length
      copied = i
    }
    out.append(contentsOf: bytes[copied...])
    return out
  }

  /// The length and decoded bytes of the entity `decodedEntities` knows at `i` (an `&`), or
  /// nil: the byte after the `&` picks the names to compare (`InlineTextReader`'s list, by
  /// their second byte).
  private static func entity(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, StaticString)? {
    /// Whether `name` (all but its `&`) is written after the `&`.
    func has(_ name: StaticString) -> Bool {
      let n = name.utf8CodeUnitCount
      guard i + 1 + n <= bytes.count else { return false }
      let p = name.utf8Start
      for k in 0..<n where bytes[i + 1 + k] != p[k] { return false }
      return true
    }
    guard i + 1 < bytes.count else { return nil }
    switch bytes[i + 1] {
    case UInt8(ascii: "e"):
      if has("emsp;") || has("ensp;") { return (6, "\u{2003}") }
    case UInt8(ascii: "n"):
      if has("nbsp;") { return (6, "\u{00A0}") }
    case UInt8(ascii: "#"):
      if has("#8195;") { return (7, "\u{2003}") }
      if has("#39;") { return (5, "'") }
    case UInt8(ascii: "l"):
      if has("lt;") { return (4, "<") }
    case UInt8(ascii: "g"):
      if has("gt;") { return (4, ">") }
    case UInt8(ascii: "q"):
      if has("quot;") { return (6, "\"") }
    case UInt8(ascii: "a"):
      if has("apos;") { return (6, "'") }
      if has("amp;") { return (5, "&") }
    default: break
    }
    return nil
  }

  /// The end of the line starting at `start` (before a `<br>` tag or at the end) and where the
  /// next line starts (after the tag; past the end after the last line). Eight bytes at a
  /// time: a word without a `<` holds no tag.
  private static func lineBreak(_ b: [UInt8], from start: Int) -> (end: Int, next: Int) {
    b.withUnsafeBufferPointer { u in
      var i = start
      while i < u.count {
        if i + 8 <= u.count, !ByteWords.hasByte(ByteWords.word(u, at: i), 0x3C * ByteWords.ones) {
          i += 8
          continue
        }
        if u[i] == UInt8(ascii: "<"), let after = breakTagEnd(b, at: i) { return (i, after) }
        i += 1
      }
      return (u.count, u.count + 1)
    }
  }

  /// The offset after `<br>`, `<br/>`, `<br />` (any case, up to three spaces or slashes)
  /// at `i`, or nil.
  private static func breakTagEnd(_ b: [UInt8], at i: Int) -> Int? {
    guard i + 3 < b.count, b[i + 1] | 0x20 == UInt8(ascii: "b"), b[i + 2] | 0x20 == UInt8(ascii: "r") else {
      return nil
    }
    var j = i + 3
    var extra = 0
    while j < b.count, b[j] == UInt8(ascii: " ") || b[j] == UInt8(ascii: "/"), extra < 3 {
      j += 1
      extra += 1
    }
    guard j < b.count, b[j] == UInt8(ascii: ">") else { return nil }
    return j + 1
  }

  /// `InlineTextReader.indentLevel` on `b[line]`: the level and where the text after the
  /// indentation starts.
  private static func indentLevel<C: RandomAccessCollection<UInt8>>(_ b: C, _ line: Range<Int>) -> (Int, Int)
  where C.Index == Int {
    var level = 1
    var spaces = 0
    var i = line.lowerBound
    while i < line.upperBound {
      if b[i] == UInt8(ascii: "\t") {
        level += 1
        i += 1
      } else if i + 2 < line.upperBound, b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x83 {
        level += 1
        i += 3
      } else if b[i] == UInt8(ascii: " ") || (i + 1 < line.upperBound && b[i] == 0xC2 && b[i + 1] == 0xA0) {
        i += b[i] == UInt8(ascii: " ") ? 1 : 2
        spaces += 1
        if spaces == 4 {
          level += 1
          spaces = 0
        }
      } else {
        break
      }
    }
    return (min(level, 6), i)
  }

  /// `InlineTextReader.stripMarker` on `b[body]`: whether the marker is `+`, and where the text
  /// after the marker starts (`body.lowerBound` when there is none).
  private static func markerEnd<C: RandomAccessCollection<UInt8>>(_ b: C, _ body: Range<Int>) -> (
    plus: Bool, start: Int
  ) where C.Index == Int {
    let start = body.lowerBound
    let end = body.upperBound
    guard start < end else { return (false, start) }
    let first = b[start]
    var after = -1
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
      after = start + 1
    } else if start + 2 < end, first == 0xE2, b[start + 1] == 0x80, b[start + 2] == 0xA2 {
      after = start + 3  // •
    }
    if after >= 0 {
      if after == end || b[after] == UInt8(ascii: " ") {
        return (first == UInt8(ascii: "+"), skippingSpaces(b, after, end))
      }
      return (false, start)
    }
    var digits = start
    while digits < end, ByteText.isDigit(b[digits]) { digits += 1 }
    let count = digits - start
    if count > 0, count < 3, digits + 1 < end, b[digits] == UInt8(ascii: ".") || b[digits] == UInt8(ascii: ")"),
      b[digits + 1] == UInt8(ascii: " ")
    {
      return (false, skippingSpaces(b, digits + 2, end))
    }
    return (false, start)
  }

  private static func skippingSpaces<C: RandomAccessCollection<UInt8>>(_ b: C, _ from: Int, _ end: Int) -> Int
  where C.Index == Int {
    var i = from
    while i < end, b[i] == UInt8(ascii: " ") { i += 1 }
    return i
  }
}
