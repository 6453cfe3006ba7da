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
  /// The text scanned: a whole array, or one line of a cell's bytes.
  let bytes: ArraySlice<UInt8>
  /// The offset of the `]` closing the `[` at each offset (less `bytes.startIndex`), by the
  /// usual nesting; -1 when none.
  private let closing: [Int]
  /// Searches that reached the end without finding what they looked for.
  private var noGreaterThan = false
  private var noShortcodeEnd = false
  private var unclosedTickRuns = Set<Int>()

  init(_ bytes: [UInt8]) {
    self.init(bytes[...])
  }

  /// A scan of `bytes`; `mayHoldBracket` false says they hold no `[`.
  init(_ bytes: ArraySlice<UInt8>, mayHoldBracket: Bool = true) {
    self.bytes = bytes
    // Only a `[` is ever looked up: without one there is nothing to match.
    guard mayHoldBracket, bytes.contains(UInt8(ascii: "[")) else {
      closing = []
      return
    }
    let base = bytes.startIndex
    var closing = [Int](repeating: -1, count: bytes.count)
    var open: [Int] = []
    for i in bytes.indices {
      let b = bytes[i]
      if b == UInt8(ascii: "[") {
        open.append(i)
      } else if b == UInt8(ascii: "]"), let o = open.popLast() {
        closing[o - base] = i
      }
    }
    self.closing = closing
  }

  /// `s` as plain text: markup removed, link titles in place of links (collected in `links`,
  /// those without a URL in `broken`).
  mutating func plain(_ s: ArraySlice<UInt8>, depth: Int, links: inout [Reference], broken: inout [String]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    plain(s, depth: depth, into: &out, links: &links, broken: &broken)
    return out
  }

  /// `s` as plain text, appended to `out`.
  mutating func plain(
    _ s: ArraySlice<UInt8>, depth: Int, into out: inout [UInt8], links: inout [Reference], broken: inout [String]
  ) {
    let end = s.endIndex
    var i = s.startIndex
    while i < end {
      // Most bytes start no markup: a run of them is copied at once.
      // An `h` that starts no URL is plain text (`markup` would give nil for it): Vietnamese
      // writes one in every few words (`nh`, `th`, `ch`), and each would end the run.
      var run = i
      while run < end {
        let b = s[run]
        guard InlineScan.mayStartMarkup(b), b != UInt8(ascii: "h") || InlineScan.startsURL(s, at: run) else {
          run += 1
          continue
        }
        break
      }
      if run > i {
        out.append(contentsOf: s[i..<run])
        i = run
        if i == end { break }
      }
      if let next = markup(s, at: i, depth: depth, into: &out, links: &links, broken: &broken) {
        i = next
      } else {
        out.append(s[i])
        i += 1
      }
    }
  }

  /// The markup starting at `i`, if any: what of it stays in the text is appended to `out`
  /// and the offset after it returned; nil when the byte at `i` is plain text.
  private mutating func markup(
    _ s: ArraySlice<UInt8>, at i: Int, depth: Int, into out: inout [UInt8], links: inout [Reference],
    broken: inout [String]
  ) -> Int? {
    let end = s.endIndex
    switch s[i] {
    case UInt8(ascii: "!") where i + 1 < end && s[i + 1] == UInt8(ascii: "["):
      return image(s, at: i)
    case UInt8(ascii: "["):
      return link(s, at: i, depth: depth, into: &out, links: &links, broken: &broken)
    case UInt8(ascii: "<") where !noGreaterThan && InlineScan.has(s, "<http", at: i):
      return autolink(s, at: i, into: &out, links: &links)
    case UInt8(ascii: "<"):
      // `<i>`, `</strong>`: formatting tags go, their text stays.
      return InlineTextReader.formattingTagEnd(s, at: i)
    case UInt8(ascii: "h") where InlineScan.startsURL(s, at: i):
      return bareURL(s, at: i, into: &out, links: &links)
    case UInt8(ascii: "`"):
      return codeSpan(s, at: i, into: &out)
    case UInt8(ascii: "*"):
      return i + 1  // emphasis
    case UInt8(ascii: "_") where InlineScan.has(s, "__", at: i):
      return doubleUnderscore(s, at: i, into: &out)
    case UInt8(ascii: "{")
    where !noShortcodeEnd && (InlineScan.has(s, "{{<", at: i) || InlineScan.has(s, "{{%", at: i)):
      return shortcode(s, at: i)
    default:
      return nil
    }
  }

  /// Whether `b` is a byte `markup` looks at: `!`, `[`, `<`, `h`, a backtick, `*`, `_` or `{`.
  @inline(__always)
  static func mayStartMarkup(_ b: UInt8) -> Bool {
    // One bit per ASCII byte: `!` `*` `<` below 64, `[` `_` `` ` `` `h` `{` from 64.
    let low: UInt64 = 1 << 0x21 | 1 << 0x2A | 1 << 0x3C
    let high: UInt64 = 1 << (0x5B - 64) | 1 << (0x5F - 64) | 1 << (0x60 - 64) | 1 << (0x68 - 64) | 1 << (0x7B - 64)
    if b < 64 { return low >> b & 1 != 0 }
    return b < 128 && high >> (b - 64) & 1 != 0
  }

  /// Whether `http://` or `https://` starts at `k`: where an `h` starts markup (a bare URL).
  static func startsURL<C: RandomAccessCollection<UInt8>>(_ s: C, at k: Int) -> Bool where C.Index == Int {
    has(s, "http://", at: k) || has(s, "https://", at: k)
  }

  /// Whether `s` holds `prefix` at `k`.
  private static func has<C: RandomAccessCollection<UInt8>>(_ s: C, _ prefix: StaticString, at k: Int) -> Bool
  where C.Index == Int {
    let n = prefix.utf8CodeUnitCount
    guard k + n <= s.endIndex else { return false }
    let p = prefix.utf8Start
    for m in 0..<n where s[k + m] != p[m] { return false }
    return true
  }

  private static func text(_ s: ArraySlice<UInt8>, _ r: Range<Int>) -> String { String(decoding: s[r], as: UTF8.self) }

  /// `![alt](src)`: an image (`![Cloud9](/images/cloud9.png)`) is evidence, neither task text
  /// nor a reference, so it goes whole.
  private func image(_ s: ArraySlice<UInt8>, at i: Int) -> Int? {
    guard let image = markdownLink(s, at: i + 1), image.url != nil else { return nil }
    return image.end
  }

  /// `[title](url)` becomes its title; a reference-style `[label]` keeps its label.
  private mutating func link(
    _ s: ArraySlice<UInt8>, at i: Int, depth: Int, into out: inout [UInt8], links: inout [Reference],
    broken: inout [String]
  ) -> Int? {
    let end = s.endIndex
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
        broken.append(InlineScan.text(s, i..<link.end))
      }
      out += title
      return link.end
    }
    guard let close = labelEnd(s, at: i), close + 1 == end || s[close + 1] != UInt8(ascii: "(") else { return nil }
    let label = (i + 1)..<close
    guard !label.isEmpty else { return nil }
    let title =
      depth < InlineScan.maxDepth
      ? InlineTextReader.trimmedBytes(plain(s[label], depth: depth + 1, links: &links, broken: &broken))
      : Array(s[label])
    links.append(Reference(title: String(decoding: title, as: UTF8.self), url: nil))
    out += s[label]
    return close + 1
  }

  /// `<https://…>`: the URL stays, the angle brackets go.
  private mutating func autolink(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8], links: inout [Reference])
    -> Int?
  {
    guard let gt = s[i..<s.endIndex].firstIndex(of: UInt8(ascii: ">")) else {
      noGreaterThan = true
      return nil
    }
    let url = InlineScan.text(s, (i + 1)..<gt)
    links.append(Reference(title: url, url: url))
    out += s[(i + 1)..<gt]
    return gt + 1
  }

  /// The bytes a bare URL ends before.
  private static let urlStops = Array(" <>\"".utf8)
  /// Sentence punctuation a bare URL does not end in.
  private static let urlTrailing = Array(".,;:!?)".utf8)

  /// A bare `https://…` URL, up to a space, a quote or an angle bracket, without the
  /// punctuation of the sentence around it.
  private func bareURL(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8], links: inout [Reference]) -> Int {
    let end = s.endIndex
    var stop = i
    // 0xC2 0xA0 is a no-break space (U+00A0).
    while stop < end, !InlineScan.urlStops.contains(s[stop]),
      !(s[stop] == 0xC2 && stop + 1 < end && s[stop + 1] == 0xA0)
    {
      stop += 1
    }
    // Trimming never removes a `(`, so whether the URL holds one is decided once.
    let hasParen = s[i..<stop].contains(UInt8(ascii: "("))
    while stop > i, InlineScan.urlTrailing.contains(s[stop - 1]), !(s[stop - 1] == UInt8(ascii: ")") && hasParen) {
      stop -= 1
    }
    let url = InlineScan.text(s, i..<stop)
    links.append(Reference(title: url, url: url))
    out += s[i..<stop]
    return stop
  }

  /// A code span keeps its text as written; the ticks go (an unclosed run goes too).
  private mutating func codeSpan(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8]) -> Int {
    var ticks = 0
    while i + ticks < s.endIndex && s[i + ticks] == UInt8(ascii: "`") { ticks += 1 }
    if let closing = unclosedTickRuns.contains(ticks) ? nil : closingTicks(s, from: i + ticks, run: ticks) {
      out += s[(i + ticks)..<closing]
      return closing + ticks
    }
    unclosedTickRuns.insert(ticks)
    return i + ticks
  }

  /// `__bold__` is emphasis and goes; `dev__staging` is a name and stays.
  private func doubleUnderscore(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8]) -> Int {
    let before = i > s.startIndex ? s[i - 1] : UInt8(ascii: " ")
    let after = i + 2 < s.endIndex ? s[i + 2] : UInt8(ascii: " ")
    if InlineTextReader.isWordByte(before) && InlineTextReader.isWordByte(after) {
      out += [UInt8(ascii: "_"), UInt8(ascii: "_")]
    }
    return i + 2
  }

  /// A Hugo shortcode (`{{< ref "…" >}}`, `{{% notice %}}`) goes whole.
  private mutating func shortcode(_ s: ArraySlice<UInt8>, at i: Int) -> Int? {
    let end = s.endIndex
    var k = i + 3
    while k + 1 < end, !(s[k] == UInt8(ascii: "}") && s[k + 1] == UInt8(ascii: "}")) { k += 1 }
    if k + 1 < end { return k + 2 }
    noShortcodeEnd = true
    return nil
  }

  /// Where a run of exactly `run` backticks starts at or after `from`, or nil.
  private func closingTicks(_ s: ArraySlice<UInt8>, from: Int, run: Int) -> Int? {
    var k = from
    while k < s.endIndex {
      if s[k] == UInt8(ascii: "`") {
        var n = 0
        while k + n < s.endIndex && s[k + n] == UInt8(ascii: "`") { n += 1 }
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
      if s[j] == UInt8(ascii: "]") { return j }
      if s[j] == UInt8(ascii: "[") { return nil }
      j += 1
    }
    return nil
  }

  /// `[title](url "optional title")` at `i`: the title's bytes, the URL (nil when the `(` is
  /// never closed) and the offset after the link.
  func markdownLink(_ s: ArraySlice<UInt8>, at i: Int) -> (title: Range<Int>, url: String?, end: Int)? {
    let close = closing[i - bytes.startIndex]
    guard close >= 0, close + 1 < s.endIndex, s[close + 1] == UInt8(ascii: "(") else { return nil }
    let title = (i + 1)..<close
    var k = close + 2
    var nesting = 0
    while k < s.endIndex {
      if s[k] == UInt8(ascii: "(") {
        nesting += 1
      } else if s[k] == UInt8(ascii: ")") {
        if nesting == 0 {
          var url = String(decoding: s[(close + 2)..<k], as: UTF8.self).trimmingSpaces
          // A title after the URL is dropped; a `{{< ref "…" >}}` shortcode is the URL, spaces and all.
          if !url.hasPrefix("{{") { url = InlineScan.beforeFirstSpace(url) }
          if url.hasPrefix("<") && url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
          return (title, url, k + 1)
        }
        nesting -= 1
      }
      k += 1
    }
    return (title, nil, s.endIndex)
  }

  /// `url` up to its first space `Character`. By bytes while they are ASCII: a space byte there
  /// is a space `Character` unless a non-ASCII scalar after it joins it, which is left to the
  /// `Character` search.
  static func beforeFirstSpace(_ url: String) -> String {
    var url = url
    let cut: Int?? = url.withUTF8 { buffer in
      for (k, b) in buffer.enumerated() {
        if b >= 0x80 { return nil }
        if b == UInt8(ascii: " ") { return k + 1 < buffer.count && buffer[k + 1] >= 0x80 ? nil : .some(k) }
      }
      return .some(nil)
    }
    switch cut {
    case .some(.some(let k)): return String(url.utf8.prefix(k)) ?? url
    case .some(.none): return url
    case .none:
      guard let space = url.firstIndex(of: " ") else { return url }
      return String(url[..<space])
    }
  }
}
