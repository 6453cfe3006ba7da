/// WL002: the file holds NUL bytes.
struct BinaryContentRule: LintRule {
  let description = RuleDescription(
    code: "WL002", name: "binary-content", severity: .error,
    summary: "The file holds NUL bytes, as binary files do.",
    rationale: """
      A Markdown page never contains NUL bytes. Either a binary file was given a `.md` name, or \
      the page was saved as UTF-16. Hugo will publish garbage.
      """,
    triggering: [RuleExample("# Week 3\n↓\u{0}\u{0}\n")],
    nonTriggering: [RuleExample("# Week 3\n\nPlain text.\n")])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    page.issues.filter { $0.kind == .nulBytes }.map {
      finding(page.source, $0.range, $0.message, fix: "Replace the file with a text Markdown page saved as UTF-8.")
    }
  }
}
