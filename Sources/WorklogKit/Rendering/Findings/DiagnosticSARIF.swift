/// Findings as a SARIF 2.1.0 log, for code scanning.
///
/// Rule ids are the stable codes; each result carries a fingerprint built from the rule, the
/// path, the text of the line and the message (not the line number), so an alert survives
/// lines moving above it and code scanning does not duplicate it.
public enum DiagnosticSARIF {
  /// What a finding's fingerprint needs of its source: the hashes of its line's trimmed text.
  /// A run keeps these, not the sources, until the log is written.
  public struct LineDigest: Sendable {
    var prefix: FNV1a
    var line: UInt64
  }

  /// The log, the sources looked up by path while it is built.
  public static func log(
    _ findings: [Diagnostic], rules: [RuleDescription], version: String, sources: (String) -> SourceFile?
  ) -> JSONValue {
    log(findings, digests: digests(findings, sources: sources), rules: rules, version: version)
  }

  /// The line digest of each finding, in order. Many findings on one long line hash it once.
  public static func digests(_ findings: [Diagnostic], sources: (String) -> SourceFile?) -> [LineDigest] {
    var cache: [LineKey: LineDigest] = [:]
    return findings.map { d in
      let lineKey = LineKey(code: d.code, path: d.path, line: d.range.start.line)
      if let known = cache[lineKey] { return known }
      let lineText =
        sources(d.path).flatMap { f in d.range.start.line <= f.lineCount ? f.text(ofLine: d.range.start.line) : nil }
        ?? ""
      let trimmed = lineText.trimmingSpaces
      var prefix = FNV1a()
      prefix.add("\(d.code)|\(d.path)|")
      prefix.add(trimmed)
      var line = FNV1a()
      line.add(trimmed)
      let digest = LineDigest(prefix: prefix, line: line.value)
      cache[lineKey] = digest
      return digest
    }
  }

  /// The log from the findings and their line digests (`digests(_:sources:)`), no source needed.
  public static func log(_ findings: [Diagnostic], digests: [LineDigest], rules: [RuleDescription], version: String)
    -> JSONValue
  {
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.code, $0) })
    // The fingerprint hashes `code|path|line text|message|n`.
    var occurrences: [OccurrenceKey: Int] = [:]
    let results: [JSONValue] = zip(findings, digests).map { d, digest in
      let (prefix, lineHash) = (digest.prefix, digest.line)
      let key = OccurrenceKey(code: d.code, path: d.path, lineText: lineHash, message: d.message)
      let n = occurrences[key, default: 0]
      occurrences[key] = n + 1
      var fingerprint = prefix
      fingerprint.add("|\(d.message)|\(n)")
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
                "endLine": .int(d.range.end.line),
                "endColumn": .int(
                  max(d.range.end.column, d.range.end.line == d.range.start.line ? d.range.start.column + 1 : 1)),
              ]),
            ])
          ])
        ]),
        "partialFingerprints": .object(["worklogFingerprint/v1": .string(fingerprint.hex)]),
      ]
      if let i = ruleIndex[d.code] { result["ruleIndex"] = .int(i) }
      return .object(result)
    }
    let driver: JSONValue = .object([
      "name": .string("worklog"),
      "version": .string(version),
      "semanticVersion": .string(version),
      "rules": .array(
        rules.map { r in
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

  /// A rule's findings on one line of one file.
  private struct LineKey: Hashable {
    var code: String
    var path: String
    var line: Int
  }

  /// What makes two findings the same alert: the line's text stands in by its hash.
  private struct OccurrenceKey: Hashable {
    var code: String
    var path: String
    var lineText: UInt64
    var message: String
  }
}
