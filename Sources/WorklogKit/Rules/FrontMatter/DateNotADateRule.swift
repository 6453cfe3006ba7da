/// WL104: the front matter `date` is not a date.
struct DateNotADateRule: LintRule {
  let description = RuleDescription(
    code: "WL104", name: "date-not-a-date", severity: .warning,
    summary: "The front matter `date` is not a date (an R Markdown leftover such as `r Sys.Date()`).",
    rationale: """
      Hugo sorts and shows pages by `date`. A value such as "`r Sys.Date()`" is an R Markdown \
      template expression that Hugo never evaluates: the page gets no date, or the build fails.
      """,
    triggering: [
      RuleExample("---\ntitle: \"Week 3\"\ndate: ↓\"`r Sys.Date()`\"\n---\n"),
      RuleExample("---\ntitle: \"Week 3\"\ndate: ↓29/09/2025\n---\n"),
      RuleExample(
        "---\ntitle: \"Week 3\"\ndate: ↓\"`r Sys.Date()`\"\n---\n\n| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 3 | Draw the VPC | 23/09/2025 | 23/09/2025 |\n| 2 | Read the VPC guide | 22/09/2025 | 22/09/2025 |\n",
        fixed:
          "---\ntitle: \"Week 3\"\ndate: \"2025-09-22\"\n---\n\n| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 3 | Draw the VPC | 23/09/2025 | 23/09/2025 |\n| 2 | Read the VPC guide | 22/09/2025 | 22/09/2025 |\n"),
      RuleExample(
        "+++\ntitle = \"Week 3\"\ndate = ↓\"today\"\n+++\n\n| Task | Start Date | Completion Date |\n| --- | --- | --- |\n"
          + "| Read the VPC guide | 2025-09-24 | 2025-09-24 |\n",
        fixed:
          "+++\ntitle = \"Week 3\"\ndate = \"2025-09-24\"\n+++\n\n| Task | Start Date | Completion Date |\n| --- | --- | --- |\n"
          + "| Read the VPC guide | 2025-09-24 | 2025-09-24 |\n"),
    ],
    nonTriggering: [
      RuleExample("---\ntitle: \"Week 3\"\ndate: 2025-09-22\n---\n"),
      RuleExample("---\ntitle: \"Week 3\"\ndate: \"2025-09-22T09:00:00+07:00\"\n---\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard let entry = page.frontMatter["date"], entry.value.value.dateValue == nil else { return [] }
    if case .null = entry.value.value { return [] }
    let raw = Quote.cut(entry.raw)
    let leftover = raw.contains("Sys.Date")
    return [
      finding(
        page.source, entry.value.range,
        leftover ? "date \(raw) is an R Markdown expression, not a date" : "date \(raw) is not a date",
        fix: "Write the Monday of the week as YYYY-MM-DD, e.g. date: 2025-09-22.",
        autofix: dateFix(page, entry, context))
    ]
  }
}
