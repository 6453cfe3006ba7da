/// Suppression comments in a page, which Hugo does not render:
/// `<!-- worklog-disable-next-line WL303 -->` (the next non-blank line, or the whole table when
/// it stands right above one), `<!-- worklog-disable-file WL201, weight-not-week -->`; with no
/// code, every rule. In front matter, a YAML comment `# worklog-disable-file WL104` works too.
struct Suppressions: Sendable {
  /// Rules off for the whole file; `*` for all.
  var file: Set<String> = []
  /// Rules off per line range; `*` for all.
  var lines: [(ClosedRange<Int>, Set<String>)] = []
  /// The lines each code (or name, or `*`) is off on: sorted, disjoint ranges, so a finding is
  /// looked up in logarithmic time however many comments a page holds.
  private var linesByCode: [String: [ClosedRange<Int>]] = [:]
  /// Every code or name a comment named, with where, so unknown ones can be reported.
  var named: [Located<String>] = []

  /// Reads the suppression comments of `file`.
  static func read(_ file: SourceFile) -> Suppressions {
    var s = Suppressions()
    let marker = Array("worklog-disable-".utf8)
    var lastTable: ClosedRange<Int>?
    for line in 1...file.lineCount {
      let r = file.byteRange(ofLine: line)
      guard r.count >= marker.count, let at = find(marker, in: file.bytes, r) else { continue }
      let restStart = at + marker.count
      let rest = file.text(bytes: restStart..<r.upperBound)
      let kind: String
      if rest.hasPrefix("next-line") {
        kind = "next-line"
      } else if rest.hasPrefix("file") {
        kind = "file"
      } else {
        continue
      }
      var body = String(rest.dropFirst(kind.count))
      if let close = body.range(of: "-->") { body = String(body[..<close.lowerBound]) }
      var codes = Set<String>()
      var offset = restStart + kind.utf8.count
      for part in body.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
        let code = String(part)
        codes.insert(code)
        if let p = find(Array(code.utf8), in: file.bytes, offset..<r.upperBound) {
          s.named.append(Located(code, file.range(p..<(p + code.utf8.count))))
          offset = p + code.utf8.count
        }
      }
      if codes.isEmpty { codes = ["*"] }
      if kind == "file" {
        s.file.formUnion(codes)
      } else {
        s.lines.append((target(after: line, in: file, lastTable: &lastTable), codes))
      }
    }
    var byCode: [String: [ClosedRange<Int>]] = [:]
    for (range, codes) in s.lines {
      for code in codes { byCode[code, default: []].append(range) }
    }
    s.linesByCode = byCode.mapValues(ListReader.merged)
    return s
  }

  /// The next non-blank line after a comment, or the whole table that starts there.
  ///
  /// `lastTable` is the table last walked: a comment inside a table (one in every row of a
  /// long table) reuses its end instead of walking the rest of the table again.
  private static func target(after line: Int, in file: SourceFile, lastTable: inout ClosedRange<Int>?) -> ClosedRange<
    Int
  > {
    var next = line + 1
    while next <= file.lineCount, ByteText.trimmed(file.bytes, file.byteRange(ofLine: next)).isEmpty { next += 1 }
    guard next <= file.lineCount else { return line...line }
    func isRow(_ l: Int) -> Bool {
      let t = ByteText.trimmed(file.bytes, file.byteRange(ofLine: l))
      return !t.isEmpty && file.bytes[t.lowerBound] == UInt8(ascii: "|")
    }
    var last = next
    if let known = lastTable, known.contains(next) { return next...known.upperBound }
    if isRow(next) {
      while last + 1 <= file.lineCount && isRow(last + 1) { last += 1 }
      lastTable = next...last
    }
    return next...last
  }

  /// Whether a finding is switched off here, by its code or its name.
  func suppresses(_ d: Diagnostic) -> Bool {
    func matches(_ set: Set<String>) -> Bool { set.contains("*") || set.contains(d.code) || set.contains(d.name) }
    if matches(file) { return true }
    let line = d.range.start.line
    return ["*", d.code, d.name].contains { code in
      guard let ranges = linesByCode[code] else { return false }
      // The last range starting at or before the line is the only one that can hold it.
      var lo = 0
      var hi = ranges.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if ranges[mid].lowerBound <= line { lo = mid + 1 } else { hi = mid }
      }
      return lo > 0 && ranges[lo - 1].contains(line)
    }
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], _ r: Range<Int>) -> Int? {
    guard !needle.isEmpty, r.count >= needle.count else { return nil }
    var from = r.lowerBound
    while let i = ByteText.firstIndex(of: needle[0], in: bytes, from..<(r.upperBound - needle.count + 1)) {
      if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
      from = i + 1
    }
    return nil
  }
}
