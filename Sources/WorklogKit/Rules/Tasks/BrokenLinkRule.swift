/// WL310: a Markdown link in the task table has no URL.
struct BrokenLinkRule: LintRule {
  let description = RuleDescription(
    code: "WL310", name: "broken-link", severity: .warning,
    summary: "A link in the task table is written `[text](` with no URL, or its parenthesis is never closed.",
    rationale: """
      `[AWS Docs]()` renders as a link to the page itself, and `[AWS Docs](https://…` without its \
      closing parenthesis renders as literal brackets. Either way the reader cannot reach the \
      material the row cites.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 | ↓[IAM guide]() |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 2 | ↓Read [IAM guide]( and take notes | 15/09/2025 | 15/09/2025 | - |\n"),
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 | [IAM guide](https://docs.aws.amazon.com/iam/) |\n")
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    return table.rows.flatMap { row in
      row.brokenLinks.map { link in
        finding(
          page.source, link.range, "link '\(link.value.prefix(60))' has no URL",
          fix: "Write the address between the parentheses: [title](https://…).")
      }
    }
  }
}
