/// Renders findings for people: `path:line:col: severity[CODE]: message`, then the line with a
/// caret under the exact range (a window of it when the line is long), then the fix hint.
public struct DiagnosticText: Sendable {
  /// Lines longer than this are shown as a window around the finding.
  public static let windowWidth = 100
  public var color: Bool

  public init(color: Bool) {
    self.color = color
  }

  /// One finding; `source` is the file it points into, when it can be shown.
  public func render(_ d: Diagnostic, source: SourceFile?) -> String {
    let style = Style(enabled: color)
    var out = style.bold("\(TerminalText.escaped(d.path)):\(d.range.start.line):\(d.range.start.column):")
    out +=
      " " + style.severity(d.severity, "\(d.severity.rawValue)[\(d.code)]") + ": " + DiagnosticText.fixMark(d)
      + TerminalText.escaped(d.message) + "\n"
    if let source, d.range.start.line <= source.lineCount {
      out += snippet(d, source, style)
    }
    if let fix = d.fix { out += "  " + style.dim("= fix:") + " " + TerminalText.escaped(fix) + "\n" }
    return out
  }

  private func snippet(_ d: Diagnostic, _ source: SourceFile, _ style: Style) -> String {
    let line = d.range.start.line
    let (scalars, base, count) = lineScalars(source, line, around: d.range.start.offset)
    let start = max(0, min(d.range.start.column - 1, count))
    let endColumn = d.range.end.line == line ? d.range.end.column - 1 : count
    let end = max(start + 1, min(endColumn, count))
    // The window: the whole line when short, else the finding with context around it.
    var from = 0
    var to = count
    if count > DiagnosticText.windowWidth {
      from = max(0, start - 30)
      to = min(count, max(from + DiagnosticText.windowWidth, min(end, start + DiagnosticText.windowWidth - 30)))
    }
    var text = from > 0 ? "…" : ""
    var caretPad = from > 0 ? 1 : 0
    var caretWidth = 0
    let first = max(from, base)
    for i in first..<max(first, min(to, base + scalars.count)) {
      let s = scalars[i - base]
      let shown = TerminalText.escape(s) ?? String(s)
      let width = shown.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
      if i < start { caretPad += width } else if i < end { caretWidth += width }
      text += shown
    }
    if to < scalars.count { text += "…" }
    let number = String(line)
    let gutter = String(repeating: " ", count: number.count)
    return "  \(style.dim(number + " |")) \(text)\n"
      + "  \(style.dim(gutter + " |")) \(String(repeating: " ", count: caretPad))\(style.severity(d.severity, String(repeating: "^", count: max(1, caretWidth))))\n"
  }

  /// The scalars of line `line` that a window around byte `offset` can show, the column index of
  /// the first of them, and the number of scalars in the whole line.
  ///
  /// A long line is decoded only around the finding: decoding all of a 50 MB line for each of
  /// its findings made rendering quadratic.
  private func lineScalars(_ source: SourceFile, _ line: Int, around offset: Int) -> ([Unicode.Scalar], Int, Int) {
    let r = source.byteRange(ofLine: line)
    // A scalar takes at most 4 bytes: this many bytes on each side hold the whole window.
    let reach = 4 * (DiagnosticText.windowWidth + 30)
    if r.count <= 2 * reach {
      let scalars = Array(source.text(bytes: r).unicodeScalars)
      return (scalars, 0, scalars.count)
    }
    let at = max(r.lowerBound, min(offset, r.upperBound))
    let lo = source.scalarStart(atOrAfter: max(r.lowerBound, at - reach), limit: at)
    let hi = source.scalarStart(atOrAfter: min(r.upperBound, at + reach), limit: r.upperBound)
    let base = source.location(at: lo).column - 1
    let count = source.location(at: r.upperBound).column - 1
    return (Array(source.text(bytes: lo..<hi).unicodeScalars), base, count)
  }

  /// `[*] ` before the message of a finding `worklog fix` repairs, `[~] ` when only with
  /// `--unsafe` (ruff's mark), nothing otherwise.
  public static func fixMark(_ d: Diagnostic) -> String {
    guard let fix = d.autofix, !fix.edits.isEmpty else { return "" }
    return fix.applicability == .safe ? "[*] " : "[~] "
  }

  /// The closing line: counts by severity.
  public static func totals(_ findings: [Diagnostic], files: Int) -> String {
    let e = findings.filter { $0.severity == .error }.count
    let w = findings.filter { $0.severity == .warning }.count
    let n = findings.filter { $0.severity == .note }.count
    func plural(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
    return "\(plural(e, "error")), \(plural(w, "warning")), \(plural(n, "note")) in \(plural(files, "page"))\n"
  }

  /// `--statistics`: findings per rule, most first.
  public static func statistics(_ findings: [Diagnostic]) -> String {
    var counts: [String: (name: String, severity: Severity, count: Int)] = [:]
    for d in findings { counts[d.code, default: (d.name, d.severity, 0)].count += 1 }
    let rows = counts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
    var out = ""
    for (code, v) in rows {
      let count = String(v.count)
      out +=
        String(repeating: " ", count: max(0, 6 - count.count)) + count
        + "  \(code)  \(v.name) (\(v.severity.rawValue))\n"
    }
    return out
  }
}
