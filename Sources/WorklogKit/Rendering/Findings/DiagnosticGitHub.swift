/// Findings as GitHub Actions workflow commands (`::error file=…,line=…::message`).
public enum DiagnosticGitHub {
  /// GitHub shows at most this many annotations of each kind per step.
  public static let annotationsPerKind = 10

  public static func annotation(_ d: Diagnostic) -> String {
    let kind: String
    switch d.severity {
    case .error: kind = "error"
    case .warning: kind = "warning"
    case .note: kind = "notice"
    }
    let properties = [
      "file=\(fileProperty(d.path))", "line=\(d.range.start.line)", "col=\(d.range.start.column)",
      "endLine=\(d.range.end.line)", "endColumn=\(d.range.end.column)", "title=\(property("\(d.code) \(d.name)"))",
    ]
    let fix = d.fix.map { "\n" + $0 } ?? ""
    return "::\(kind) \(properties.joined(separator: ","))::\(data(d.message + fix))\n"
  }

  /// A closing summary, when there are more findings of a kind than GitHub shows.
  public static func summary(_ findings: [Diagnostic]) -> String {
    let e = findings.filter { $0.severity == .error }.count
    let w = findings.filter { $0.severity == .warning }.count
    let n = findings.filter { $0.severity == .note }.count
    guard max(e, w, n) > annotationsPerKind else { return "" }
    return
      "::notice title=worklog::\(data("\(e) errors, \(w) warnings and \(n) notes; GitHub shows only \(annotationsPerKind) annotations of each kind per step, so run 'worklog lint' for the full list"))\n"
  }

  /// A message: GitHub's rule for data is `%`, CR and LF percent-encoded; control, bidi and
  /// zero-width characters are escaped too, since the log and the annotation show them.
  static func data(_ s: String) -> String {
    TerminalText.escaped(
      s.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A"))
  }

  /// A property other than the file: data's encoding, then `:` and `,` (GitHub's rule).
  static func property(_ s: String) -> String {
    data(s).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
  }

  /// The `file=` property: exactly GitHub's escaping (`%`, CR, LF, `:`, `,` percent-encoded) and
  /// nothing else, so the path names the file that exists, whatever bytes its name holds.
  static func fileProperty(_ path: String) -> String {
    PercentEncoding.encode(path) { "%\r\n:,".unicodeScalars.contains($0) }
  }
}
