/// Findings as a SARIF 2.1.0 log, for code scanning.
///
/// Rule ids are the stable codes; each result carries a fingerprint built from the rule, the
/// path, the text of the line and the message (not the line number), so an alert survives
/// lines moving above it and code scanning does not duplicate it.
public enum DiagnosticSARIF {
  public static func log(_ findings: [Diagnostic], rules: [RuleDescription], version: String, sources: (String) -> SourceFile?) -> JSONValue {
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.code, $0) })
    var occurrences: [String: Int] = [:]
    let results: [JSONValue] = findings.map { d in
      let lineText = sources(d.path).flatMap { f in d.range.start.line <= f.lineCount ? f.text(ofLine: d.range.start.line) : nil } ?? ""
      let key = "\(d.code)|\(d.path)|\(lineText.trimmingSpaces)|\(d.message)"
      let n = occurrences[key, default: 0]
      occurrences[key] = n + 1
      var result: [String: JSONValue] = [
        "ruleId": .string(d.code),
        "level": .string(level(d.severity)),
        "message": .object(["text": .string(d.message + (d.fix.map { " (\($0))" } ?? ""))]),
        "locations": .array([
          .object([
            "physicalLocation": .object([
              "artifactLocation": .object(["uri": .string(uri(d.path))]),
              "region": .object([
                "startLine": .int(d.range.start.line), "startColumn": .int(d.range.start.column),
                "endLine": .int(d.range.end.line), "endColumn": .int(max(d.range.end.column, d.range.end.line == d.range.start.line ? d.range.start.column + 1 : 1)),
              ]),
            ])
          ])
        ]),
        "partialFingerprints": .object(["worklogFingerprint/v1": .string(fnv1a("\(key)|\(n)"))]),
      ]
      if let i = ruleIndex[d.code] { result["ruleIndex"] = .int(i) }
      return .object(result)
    }
    let driver: JSONValue = .object([
      "name": .string("worklog"),
      "version": .string(version),
      "semanticVersion": .string(version),
      "rules": .array(rules.map { r in
        .object([
          "id": .string(r.code),
          "name": .string(r.name),
          "shortDescription": .object(["text": .string(r.summary)]),
          "fullDescription": .object(["text": .string(r.rationale)]),
          "help": .object(["text": .string(r.rationale)]),
          "defaultConfiguration": .object(["level": .string(level(r.severity))]),
        ])
      }),
    ])
    return .object([
      "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"),
      "version": .string("2.1.0"),
      "runs": .array([
        .object([
          "tool": .object(["driver": driver]),
          "columnKind": .string("unicodeCodePoints"),
          "results": .array(results),
        ])
      ]),
    ])
  }

  static func level(_ s: Severity) -> String {
    switch s {
    case .error: return "error"
    case .warning: return "warning"
    case .note: return "note"
    }
  }

  /// A relative URI: path segments percent-encoded where they must be.
  static func uri(_ path: String) -> String {
    var p = path
    while p.hasPrefix("./") { p.removeFirst(2) }
    var out = ""
    for b in p.utf8 {
      let c = Character(Unicode.Scalar(b))
      if b < 0x80 && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
        out.append(c)
      } else {
        let hex = Array("0123456789ABCDEF")
        out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 0xF)])
      }
    }
    return out
  }

  /// 64-bit FNV-1a as 16 hex digits: stable across runs and platforms.
  static func fnv1a(_ s: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
