/// One linear pass over inline Markdown bytes.
///
/// Every search that could run to the end of the text is done at most once: brackets are
/// matched up front, and a search that found nothing is not repeated, so a cell of 20,000 `[`,
/// `<http`, `{{<` or backticks takes linear time. Link titles nest by recursion, which stops at
/// `maxDepth` so no input can exhaust the stack. Every marker looked for is ASCII, so no
/// character is ever decoded.
struct InlineScan {
  /// Deeper link titles are kept as written.
  static let maxDepth = 8
  let bytes: [UInt8]
  /// The offset of the `]` closing the `[` at each offset, by the usual nesting; -1 when none.
  private let closing: [Int]
  /// Searches that reached the end without finding what they looked for.
  private var noGreaterThan = false
  private var noShortcodeEnd = false
  private var unclosedTickRuns = Set<Int>()

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var closing = [Int](repeating: -1, count: bytes.count)
    var open: [Int] = []
    for (i, b) in bytes.enumerated() {
      if b == 0x5B { open.append(i) } else if b == 0x5D, let o = open.popLast() { closing[o] = i }
    }
    self.closing = closing
  }

  mutating func plain(_ s: ArraySlice<UInt8>, depth: Int, links: inout [Reference], broken: inout [String]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var i = s.startIndex
    let end = s.endIndex
    func text(_ r: Range<Int>) -> String { String(decoding: s[r], as: UTF8.self) }
    func has(_ prefix: StaticString, at k: Int) -> Bool {
      let n = prefix.utf8CodeUnitCount
      guard k + n <= end else { return false }
      let p = prefix.utf8Start
      for m in 0..<n where s[k + m] != p[m] { return false }
      return true
    }
    while i < end {
      let c = s[i]
      switch c {
      case 0x21 where i + 1 < end && s[i + 1] == 0x5B:  // ![alt](src)
        // An image (`![Cloud9](/images/cloud9.png)`) is evidence, neither task text nor a reference.
        if let image = markdownLink(s, at: i + 1), image.url != nil {
          i = image.end
          continue
        }
      case 0x5B:  // [
        if let link = markdownLink(s, at: i) {
          // A URL written as the link's own title (`[https://…](https://…)`) is the same link.
          var titleLinks: [Reference] = []
          let title =
            depth < InlineScan.maxDepth
            ? InlineTextReader.trimmedBytes(plain(s[link.title], depth: depth + 1, links: &titleLinks, broken: &broken))
            : Array(s[link.title])
          let cleanTitle = String(decoding: title, as: UTF8.self)
          if let url = link.url, !url.isEmpty {
            links.append(Reference(title: cleanTitle.isEmpty ? url : cleanTitle, url: url))
          } else {
            broken.append(text(i..<link.end))
          }
          out += title
          i = link.end
          continue
        }
        if let close = labelEnd(s, at: i), close + 1 == end || s[close + 1] != 0x28 {
          let label = (i + 1)..<close
          if !label.isEmpty {
            let title =
              depth < InlineScan.maxDepth
              ? InlineTextReader.trimmedBytes(plain(s[label], depth: depth + 1, links: &links, broken: &broken)) : Array(s[label])
            links.append(Reference(title: String(decoding: title, as: UTF8.self), url: nil))
            out += s[label]
            i = close + 1
            continue
          }
        }
      case 0x3C where !noGreaterThan && has("<http", at: i):  // <https://…>
        if let gt = s[i..<end].firstIndex(of: 0x3E) {
          let url = text((i + 1)..<gt)
          links.append(Reference(title: url, url: url))
          out += s[(i + 1)..<gt]
          i = gt + 1
          continue
        }
        noGreaterThan = true
      case 0x3C:  // <i>, </strong>: formatting tags go, their text stays
        if let after = InlineTextReader.formattingTagEnd(s, at: i) {
          i = after
          continue
        }
      case 0x68 where has("http://", at: i) || has("https://", at: i):  // a bare URL
        var stop = i
        while stop < end, ![0x20, 0x3C, 0x3E, 0x22].contains(s[stop]), !(s[stop] == 0xC2 && stop + 1 < end && s[stop + 1] == 0xA0) {
          stop += 1
        }
        // Trimming never removes a `(`, so whether the URL holds one is decided once.
        let hasParen = s[i..<stop].contains(0x28)
        while stop > i, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29].contains(s[stop - 1]), !(s[stop - 1] == 0x29 && hasParen) {
          stop -= 1
        }
        let url = text(i..<stop)
        links.append(Reference(title: url, url: url))
        out += s[i..<stop]
        i = stop
        continue
      case 0x60:  // a code span keeps its text as written; the ticks go
        var ticks = 0
        while i + ticks < end && s[i + ticks] == 0x60 { ticks += 1 }
        if let closing = unclosedTickRuns.contains(ticks) ? nil : closingTicks(s, from: i + ticks, run: ticks) {
          out += s[(i + ticks)..<closing]
          i = closing + ticks
        } else {
          unclosedTickRuns.insert(ticks)
          i += ticks
        }
        continue
      case 0x2A:  // emphasis
        i += 1
        continue
      case 0x5F where has("__", at: i):
        // `__bold__` is emphasis; `dev__staging` is a name.
        let before = i > s.startIndex ? s[i - 1] : 0x20
        let after = i + 2 < end ? s[i + 2] : 0x20
        if !(InlineTextReader.isWordByte(before) && InlineTextReader.isWordByte(after)) {
          i += 2
          continue
        }
        out += [0x5F, 0x5F]
        i += 2
        continue
      case 0x7B where !noShortcodeEnd && (has("{{<", at: i) || has("{{%", at: i)):  // a Hugo shortcode
        var k = i + 3
        while k + 1 < end, !(s[k] == 0x7D && s[k + 1] == 0x7D) { k += 1 }
        if k + 1 < end {
          i = k + 2
          continue
        }
        noShortcodeEnd = true
      default:
        break
      }
      out.append(c)
      i += 1
    }
    return out
  }

  /// Where a run of exactly `run` backticks starts at or after `from`, or nil.
  private func closingTicks(_ s: ArraySlice<UInt8>, from: Int, run: Int) -> Int? {
    var k = from
    while k < s.endIndex {
      if s[k] == 0x60 {
        var n = 0
        while k + n < s.endIndex && s[k + n] == 0x60 { n += 1 }
        if n == run { return k }
        k += n
      } else {
        k += 1
      }
    }
    return nil
  }

  /// The `]` of a reference-style label `[label]` at `i`: the first `]` within 120 bytes, with
  /// no `[` before it.
  private func labelEnd(_ s: ArraySlice<UInt8>, at i: Int) -> Int? {
    var j = i + 1
    while j < s.endIndex, j - i < 120 {
      if s[j] == 0x5D { return j }
      if s[j] == 0x5B { return nil }
      j += 1
    }
    return nil
  }

  /// `[title](url "optional title")` at `i`: the title's bytes, the URL (nil when the `(` is
  /// never closed) and the offset after the link.
  func markdownLink(_ s: ArraySlice<UInt8>, at i: Int) -> (title: Range<Int>, url: String?, end: Int)? {
    let close = closing[i]
    guard close >= 0, close + 1 < s.endIndex, s[close + 1] == 0x28 else { return nil }
    let title = (i + 1)..<close
    var k = close + 2
    var nesting = 0
    while k < s.endIndex {
      if s[k] == 0x28 { nesting += 1 } else if s[k] == 0x29 {
        if nesting == 0 {
          var url = String(decoding: s[(close + 2)..<k], as: UTF8.self).trimmingSpaces
          // A title after the URL is dropped; a `{{< ref "…" >}}` shortcode is the URL, spaces and all.
          if !url.hasPrefix("{{"), let space = url.firstIndex(of: " ") { url = String(url[..<space]) }
          if url.hasPrefix("<") && url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
          return (title, url, k + 1)
        }
        nesting -= 1
      }
      k += 1
    }
    return (title, nil, s.endIndex)
  }
}
