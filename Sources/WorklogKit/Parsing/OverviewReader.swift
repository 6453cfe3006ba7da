/// Reads the weeks an overview page lists: lines naming exactly one week, with their date range.
///
/// The parser runs it once on each overview page and keeps the result as `Worklog.listedWeeks`;
/// the overview rule reads that.
enum OverviewReader {
  /// Every line of `lines` (the page's body lines) that names exactly one week.
  static func read(_ source: SourceFile, _ lines: [MarkdownLine]) -> [ListedWeek] {
    var out: [ListedWeek] = []
    for line in lines {
      switch line.kind {
      case .listItem, .text, .heading, .tableRow: break
      default: continue
      }
      let raw = source.text(bytes: line.content)
      // The regular expressions are slow; most lines name no week at all.
      // Folded as `lowercased()` folds, with white space runs as one space: the same hits for
      // words without a space, without a Unicode property lookup per scalar.
      let lower = raw.foldedForMatching
      guard lower.contains("week") || lower.contains("tuần") || lower.contains("tuan") else { continue }
      let weeks = mentions(raw)
      guard Set(weeks.map(\.week)).count == 1, let first = weeks.first else { continue }
      let ranges = dateRanges(raw)
      var written: ListedWeek.WrittenRange?
      if ranges.count == 1, let m = ranges.first {
        written = ListedWeek.WrittenRange(start: m.start, end: m.end, range: source.range(offset(raw, m.range, line)))
      }
      let link = raw.contains("](") || raw.contains("{{< ref") || raw.contains("{{< relref") || raw.contains("{{% ref")
      out.append(
        ListedWeek(
          week: first.week, weekRange: source.range(offset(raw, first.range, line)), hasLink: link, range: written))
    }
    return out
  }

  /// `Week 3`, `Tuần 3` mentions in a line, with where.
  static func mentions(_ raw: String) -> [(week: Int, range: Range<String.Index>)] {
    // A byte scan for `week|tuần|tuan`, blanks, one or two digits, with word boundaries around:
    // the same matches as `(?i)\b(?:week|tuần|tuan)[ \t]*(\d{1,2})\b`, without a regex engine.
    let b = Array(raw.utf8)
    func isWord(_ k: Int) -> Bool {
      guard k >= 0, k < b.count else { return false }
      let c = b[k]
      return c >= 0x80 || ByteText.isDigit(c) || c == 0x5F
        || (ByteText.lowerASCII(c) >= 0x61 && ByteText.lowerASCII(c) <= 0x7A)
    }
    /// The length of a keyword starting at `i`, or nil.
    func keyword(at i: Int) -> Int? {
      func ascii(_ word: StaticString) -> Bool { ByteText.hasPrefix(b, at: i, end: b.count, word) }
      if ascii("week") || ascii("tuan") { return 4 }
      // `tuần` / `TUẦN`: t, u, then ầ (E1 BA A7) or Ầ (E1 BA A6), then n.
      if ascii("tu"), i + 5 < b.count, b[i + 2] == 0xE1, b[i + 3] == 0xBA, b[i + 4] == 0xA7 || b[i + 4] == 0xA6,
        ByteText.lowerASCII(b[i + 5]) == 0x6E
      {
        return 6
      }
      return nil
    }
    var out: [(week: Int, range: Range<String.Index>)] = []
    var i = 0
    while i < b.count {
      guard !isWord(i - 1), let length = keyword(at: i) else {
        i += 1
        continue
      }
      var j = i + length
      while j < b.count, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
      var digits = 0
      var value = 0
      while j + digits < b.count, ByteText.isDigit(b[j + digits]), digits < 3 {
        value = value * 10 + Int(b[j + digits] - 0x30)
        digits += 1
      }
      if (1...2).contains(digits), !isWord(j + digits) {
        let start = raw.utf8.index(raw.startIndex, offsetBy: i)
        out.append((value, start..<raw.utf8.index(start, offsetBy: j + digits - i)))
        i = j + digits
      } else {
        i += length
      }
    }
    return out
  }

  /// Every `D/M/YYYY - D/M/YYYY` in a line (separators `-`, `–`, `—`, `~`, `to`, `đến`, blanks
  /// around them), each date as its three numbers in the order written. A byte scan: the same
  /// matches as `(\d{1,2})/(\d{1,2})/(\d{4})\s*(?:-|–|—|~|to|đến)\s*(\d{1,2})/(\d{1,2})/(\d{4})`.
  static func dateRanges(_ raw: String) -> [(start: (Int, Int, Int), end: (Int, Int, Int), range: Range<String.Index>)]
  {
    let b = Array(raw.utf8)
    guard b.contains(0x2F) else { return [] }
    /// Digits at `k`, between `min` and `max` of them; their value and the offset after.
    func number(_ k: Int, _ min: Int, _ max: Int) -> (Int, Int)? {
      var n = 0
      var v = 0
      while k + n < b.count, ByteText.isDigit(b[k + n]), n < max {
        v = v * 10 + Int(b[k + n] - 0x30)
        n += 1
      }
      // A longer run of digits does not match at this position either.
      if n < min || (k + n < b.count && ByteText.isDigit(b[k + n])) { return nil }
      return (v, k + n)
    }
    func date(_ k: Int) -> ((Int, Int, Int), Int)? {
      guard let (d, k1) = number(k, 1, 2), k1 < b.count, b[k1] == 0x2F, let (m, k2) = number(k1 + 1, 1, 2),
        k2 < b.count, b[k2] == 0x2F, let (y, k3) = number(k2 + 1, 4, 4)
      else { return nil }
      return ((d, m, y), k3)
    }
    func separator(_ k: Int) -> Int? {
      var j = k
      while j < b.count, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
      var after: Int?
      if j < b.count, b[j] == 0x2D || b[j] == 0x7E {
        after = j + 1
      }  // - ~
      else if j + 2 < b.count, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x93 || b[j + 2] == 0x94 {
        after = j + 3
      }  // – —
      else if ByteText.hasPrefix(b, at: j, end: b.count, "to") {
        after = j + 2
      } else if j + 4 < b.count, b[j] == 0xC4, b[j + 1] == 0x91, b[j + 2] == 0xE1, b[j + 3] == 0xBA, b[j + 4] == 0xBF,
        j + 5 < b.count, b[j + 5] == 0x6E
      {
        after = j + 6
      }  // đến
      guard var a = after else { return nil }
      while a < b.count, b[a] == 0x20 || b[a] == 0x09 { a += 1 }
      return a
    }
    var out: [(start: (Int, Int, Int), end: (Int, Int, Int), range: Range<String.Index>)] = []
    var i = 0
    while i < b.count {
      // A match starts at a digit that does not continue a longer number to its left
      // (the regex would have found that longer number's match first).
      if ByteText.isDigit(b[i]), let (first, k) = date(i), let s = separator(k), let (second, e) = date(s) {
        let lower = raw.utf8.index(raw.startIndex, offsetBy: i)
        out.append((first, second, lower..<raw.utf8.index(lower, offsetBy: e - i)))
        i = e
      } else {
        i += 1
      }
    }
    return out
  }

  private static func offset(_ raw: String, _ r: Range<String.Index>, _ line: MarkdownLine) -> Range<Int> {
    let lo = raw.utf8.distance(from: raw.startIndex, to: r.lowerBound)
    let hi = raw.utf8.distance(from: raw.startIndex, to: r.upperBound)
    return (line.content.lowerBound + lo)..<(line.content.lowerBound + hi)
  }
}
