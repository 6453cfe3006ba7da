/// WL004: a code fence is opened and never closed.
struct UnterminatedCodeFenceRule: LintRule {
  let description = RuleDescription(
    code: "WL004", name: "unterminated-code-fence", severity: .warning,
    summary: "A code fence is opened and never closed.",
    rationale: """
      Everything after an unclosed ``` is code: the rest of the page, task table and \
      achievements included, renders as one grey block and worklog cannot read it.
      """,
    triggering: [
      RuleExample(
        "### Week 3 Objectives\n\n↓```bash\naws s3 ls\n\n### Week 3 Achievements\n",
        fixed: "### Week 3 Objectives\n\n```bash\naws s3 ls\n\n### Week 3 Achievements\n```\n"),
      RuleExample(
        "### Week 3 Objectives\n\n> ↓~~~~\n> aws s3 ls",
        fixed: "### Week 3 Objectives\n\n> ~~~~\n> aws s3 ls\n> ~~~~"),
    ],
    nonTriggering: [RuleExample("### Week 3 Objectives\n\n```bash\naws s3 ls\n```\n")])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    page.issues.filter { $0.kind == .unterminatedFence }.map {
      finding(
        page.source, $0.range, $0.message, fix: "Close the block with a line of three backticks.",
        autofix: fenceFix(page.source, opening: $0.range))
    }
  }
}
