/// Suppression comments in a page, which Hugo does not render:
/// `<!-- worklog-disable-next-line WL303 -->` (the next non-blank line, or the whole table when
/// it stands right above one), `<!-- worklog-disable-file WL201, weight-not-week -->`; with no
/// code, every rule. In front matter, a YAML comment `# worklog-disable-file WL104` works too.
public struct Suppressions: Sendable {
  /// Rules off for the whole file; `*` for all.
  var file: Set<String> = []
  /// Rules off per line range; `*` for all.
  var lines: [(ClosedRange<Int>, Set<String>)] = []
  /// Every code or name a comment named, with where, so unknown ones can be reported.
  public var named: [Located<String>] = []

  /// Reads the suppression comments of `file`.
  public static func read(_ file: SourceFile) -> Suppressions {
    var s = Suppressions()
    let marker = Array("worklog-disable-".utf8)
    for line in 1...file.lineCount {
      let r = file.byteRange(ofLine: line)
      guard r.count >= marker.count, let at = find(marker, in: file.bytes, r) else { continue }
      let restStart = at + marker.count
      let rest = file.text(bytes: restStart..<r.upperBound)
      let kind: String
      if rest.hasPrefix("next-line") { kind = "next-line" } else if rest.hasPrefix("file") { kind = "file" } else { continue }
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
        s.lines.append((target(after: line, in: file), codes))
      }
    }
    return s
  }

  /// The next non-blank line after a comment, or the whole table that starts there.
  private static func target(after line: Int, in file: SourceFile) -> ClosedRange<Int> {
    var next = line + 1
    while next <= file.lineCount, ByteText.trimmed(file.bytes, file.byteRange(ofLine: next)).isEmpty { next += 1 }
    guard next <= file.lineCount else { return line...line }
    func isRow(_ l: Int) -> Bool {
      let t = ByteText.trimmed(file.bytes, file.byteRange(ofLine: l))
      return !t.isEmpty && file.bytes[t.lowerBound] == 0x7C
    }
    var last = next
    if isRow(next) { while last + 1 <= file.lineCount && isRow(last + 1) { last += 1 } }
    return next...last
  }

  /// Whether a finding is switched off here, by its code or its name.
  public func suppresses(_ d: Diagnostic) -> Bool {
    func matches(_ set: Set<String>) -> Bool { set.contains("*") || set.contains(d.code) || set.contains(d.name) }
    if matches(file) { return true }
    return lines.contains { $0.0.contains(d.range.start.line) && matches($0.1) }
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], _ r: Range<Int>) -> Int? {
    guard !needle.isEmpty, r.count >= needle.count else { return nil }
    var i = r.lowerBound
    while i + needle.count <= r.upperBound {
      if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }
}
