/// WL101: a week page has no front matter.
public struct FrontMatterMissingRule: LintRule {
  public init() {}
  public let description = RuleDescription(
    code: "WL101", name: "front-matter-missing", severity: .warning,
    summary: "A week page has no front matter.",
    rationale: """
      Without front matter Hugo gives the page no title, no menu position (`weight`) and no menu \
      label (`pre`), so the week appears unnamed or out of order in the site's menu.
      """,
    triggering: [RuleExample("↓### Week 3 Objectives\n\n- Learn VPC basics\n")],
    nonTriggering: [RuleExample("---\ntitle: \"Week 3 Worklog\"\nweight: 3\n---\n\n### Week 3 Objectives\n")])

  public func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.kind == .week, page.frontMatter.fence == .missing else { return [] }
    let first = page.source.range(ofLine: 1)
    return [
      finding(page.source, first, "the page has no front matter",
        fix: "Start the file with a `---` block holding title, weight, chapter and pre, and close it with `---`.")
    ]
  }
}
