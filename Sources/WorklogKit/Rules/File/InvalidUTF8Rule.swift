/// WL001: the file is not valid UTF-8.
struct InvalidUTF8Rule: LintRule {
  let description = RuleDescription(
    code: "WL001", name: "invalid-utf8", severity: .error,
    summary: "The file is not valid UTF-8.",
    rationale: """
      Hugo reads pages as UTF-8; other bytes show as replacement characters on the published \
      site. The file was probably saved in a legacy encoding (Windows-1258, Latin-1). worklog \
      decodes it leniently and goes on, so the other findings still stand.
      """,
    triggering: [RuleExample("# Week 3\n\nCaf↓\u{E0FF} notes\n")],
    nonTriggering: [RuleExample("# Week 3\n\nCafé notes\n")])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    page.issues.filter { $0.kind == .invalidUTF8 }.map {
      finding(
        page.source, $0.range, $0.message,
        fix: "Save the file as UTF-8 in your editor (File › Save with Encoding › UTF-8).")
    }
  }
}
