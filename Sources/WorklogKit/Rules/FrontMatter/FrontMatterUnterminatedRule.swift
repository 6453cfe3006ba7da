/// WL102: the front matter's closing `---` is missing.
struct FrontMatterUnterminatedRule: LintRule {
  let description = RuleDescription(
    code: "WL102", name: "front-matter-unterminated", severity: .error,
    summary: "The front matter's closing `---` is missing.",
    rationale: """
      Hugo reads everything up to a closing `---` as front matter; without one the page fails to \
      build or swallows its body. worklog reads the key lines it can and treats the rest as body.
      """,
    triggering: [RuleExample("↓---\ntitle: \"Week 3\"\nweight: 3\n\n### Week 3 Objectives\n")],
    nonTriggering: [RuleExample("---\ntitle: \"Week 3\"\nweight: 3\n---\n\n### Week 3 Objectives\n")])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.frontMatter.fence == .unterminated, let range = page.frontMatter.range else { return [] }
    let open = page.source.range(ofLine: range.start.line)
    return [
      finding(
        page.source, open, "the front matter opened here is never closed",
        fix: "Add a line `---` after the last front matter key (line \(range.end.line)).")
    ]
  }
}
