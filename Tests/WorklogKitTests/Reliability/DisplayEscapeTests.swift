import Testing

@testable import WorklogKit

/// Issue 16, defects 9 and 10: nothing that reorders or hides text reaches a terminal raw, carets
/// still line up, and GitHub's `file=` names the real file.
@Suite struct DisplayEscapeTests {
  @Test func bidiAndZeroWidthAreEscaped() {
    let text = "a\u{202E}b\u{2066}c\u{200B}d\u{FEFF}e\u{200F}f\u{2069}"
    #expect(TerminalText.escaped(text) == #"a\u{202E}b\u{2066}c\u{200B}d\u{FEFF}e\u{200F}f\u{2069}"#)
    #expect(TerminalText.escaped("plain é text") == "plain é text")
  }

  @Test func rawBytesOfANameAreShownAsHex() {
    let name = RawPath.string([0x77, 0xFF, 0x2E, 0x6D, 0x64])
    #expect(TerminalText.escaped(name) == #"w\xFF.md"#)
  }

  @Test func snippetEscapesBidiAndKeepsTheCaretUnderTheFinding() throws {
    let page = """
      ---
      title: "Week 3 Worklog"
      date: 2025-09-22
      weight: 3
      ---

      | Day | Task | Start Date | Completion Date |
      | --- | --- | --- | --- |
      | 2 | \u{202E}evil\u{202C} | 22/09/2025 | soon |

      """
    let findings = LintHarness.lint(DateNotWrittenRule(), page)
    let d = try #require(findings.first)
    let file = SourceFile(path: d.path, bytes: Array(page.utf8))
    let out = DiagnosticText(color: false).render(d, source: file)
    #expect(!out.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{202C}" })
    #expect(out.contains(#"\u{202E}evil\u{202C}"#))
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let code = try #require(lines.first { $0.contains(" | | 2 |") || $0.hasPrefix("  9 |") })
    let carets = try #require(lines.first { $0.contains("^") })
    let caretColumn = carets.distance(from: carets.startIndex, to: try #require(carets.firstIndex(of: "^")))
    let soonColumn = code.distance(from: code.startIndex, to: try #require(code.range(of: "soon")).lowerBound)
    #expect(caretColumn == soonColumn)
  }

  @Test func githubFilePropertyEncodesOnlyWhatGitHubRequires() {
    let d = Diagnostic(
      code: "WL107", name: "weight-not-week", severity: .warning, message: "m: a, b", path: "s/a\tb%:,\r\nc\u{7}.md",
      range: SourceRange(
        start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 2, offset: 1)))
    let annotation = DiagnosticGitHub.annotation(d)
    #expect(annotation.hasPrefix("::warning file=s/a\tb%25%3A%2C%0D%0Ac\u{7}.md,line=1,"))
    #expect(annotation.contains("::m: a, b"))
    #expect(annotation.contains("title=WL107 weight-not-week"))
  }
}
