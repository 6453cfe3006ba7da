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
      "file=\(property(d.path))", "line=\(d.range.start.line)", "col=\(d.range.start.column)",
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
    return "::notice title=worklog::\(data("\(e) errors, \(w) warnings and \(n) notes; GitHub shows only \(annotationsPerKind) annotations of each kind per step, so run 'worklog lint' for the full list"))\n"
  }

  static func data(_ s: String) -> String {
    TerminalText.escaped(s.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A"))
  }

  static func property(_ s: String) -> String {
    data(s).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
  }
}
