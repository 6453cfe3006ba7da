/// WL101: a week page has no front matter.
struct FrontMatterMissingRule: LintRule {
  let description = RuleDescription(
    code: "WL101", name: "front-matter-missing", severity: .warning,
    summary: "A week page has no front matter.",
    rationale: """
      Without front matter Hugo gives the page no title, no menu position (`weight`) and no menu \
      label (`pre`), so the week appears unnamed or out of order in the site's menu.
      """,
    triggering: [RuleExample("↓### Week 3 Objectives\n\n- Learn VPC basics\n"), RuleExample("↓\n\n")],
    nonTriggering: [RuleExample("---\ntitle: \"Week 3 Worklog\"\nweight: 3\n---\n\n### Week 3 Objectives\n")])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.kind == .week, page.frontMatter.fence == .missing else { return [] }
    let first = page.source.range(ofLine: 1)
    // An empty page (a file created and never written, or truncated) says so, not just that
    // front matter is missing.
    let source = page.source
    if source.bytes[(source.hasBOM ? 3 : 0)...].allSatisfy({ ByteText.isBlank($0) || $0 == 0x0A || $0 == 0x0D }) {
      return [
        finding(
          page.source, first, "the page is empty",
          fix: "Write the week's front matter and sections into the file, or delete it.")
      ]
    }
    return [
      finding(
        page.source, first, "the page has no front matter",
        fix: "Start the file with a `---` block holding title, weight, chapter and pre, and close it with `---`.")
    ]
  }
}
