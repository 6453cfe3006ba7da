import Testing
import WorklogTestSupport

@testable import WorklogKit

/// A fix as `lint` shows it: `[*]`/`[~]` in text, `autofix` in JSON (valid against
/// `worklog schema findings`).
@Suite struct FixRenderingTests {
  let source = SourceFile(path: "p.md", text: "a\nweight: 3\n")

  func finding(_ applicability: FixApplicability) -> Diagnostic {
    Diagnostic(
      code: "WL101", name: "weight-not-week", severity: .warning, message: "weight 3 is not the week", path: "p.md",
      range: source.range(10..<11), fix: "Set weight to 8.",
      autofix: .replace(10..<11, with: "8", "set weight to 8", applicability))
  }

  @Test func textMarksFixableFindings() {
    let text = DiagnosticText(color: false)
    #expect(
      text.render(finding(.safe), source: source).hasPrefix("p.md:2:9: warning[WL101]: [*] weight 3 is not the week\n"))
    #expect(text.render(finding(.unsafe), source: source).hasPrefix("p.md:2:9: warning[WL101]: [~] weight"))
    var plain = finding(.safe)
    plain.autofix = nil
    #expect(text.render(plain, source: source).hasPrefix("p.md:2:9: warning[WL101]: weight"))
  }

  @Test func jsonCarriesTheFixWithItsPlace() {
    let json = DiagnosticJSON.finding(finding(.safe), source: source)
    guard case .object(let o) = json, case .object(let fix)? = o["autofix"] else {
      Issue.record("no autofix")
      return
    }
    #expect(fix["applicability"] == .string("safe"))
    #expect(fix["message"] == .string("set weight to 8"))
    #expect(
      fix["edits"]
        == .array([
          .object([
            "line": .int(2), "column": .int(9), "endLine": .int(2), "endColumn": .int(10), "offset": .int(10),
            "endOffset": .int(11),
            "replacement": .string("8"),
          ])
        ]))
    #expect(SchemaValidator.violations(.array([json]), FindingsSchema.schema) == [])
  }

  @Test func findingsWithoutFixesAreValidToo() {
    var plain = finding(.safe)
    plain.autofix = nil
    plain.fix = nil
    #expect(SchemaValidator.violations(.array([DiagnosticJSON.finding(plain)]), FindingsSchema.schema) == [])
    #expect(SchemaValidator.keywords(FindingsSchema.schema).subtracting(SchemaValidator.knownKeywords).isEmpty)
  }
}
