/// WL301: a week page has no task table.
///
/// Pages marked `draft: true` are skipped: Hugo does not publish them, and interns mark weeks
/// that have not happened yet that way (`Not applicable to the current internship period.`).
struct TaskTableMissingRule: LintRule {
  let description = RuleDescription(
    code: "WL301", name: "task-table-missing", severity: .warning,
    summary: "A week page has no task table, or its table's header names no task or day column.",
    rationale: """
      The template's table (Day | Task | Start Date | Completion Date | Reference Material) is \
      where a week's work is recorded day by day; mentors read it, and worklog's summaries and \
      every other WL3xx rule are built on it. A tasks section written as prose or a list, or a \
      table whose header worklog cannot read, leaves the week without dates. Draft pages \
      (`draft: true`) are not checked.
      """,
    triggering: [
      RuleExample(
        "### Week 3 Objectives:\n\n- Learn VPC\n\n### ↓Tasks to be carried out this week:\n\n- Built a VPC on Monday\n"),
      RuleExample("### Tasks to be carried out this week:\n\n↓| Item | Notes |\n| --- | --- |\n| VPC | Built one |\n"),
      RuleExample("↓---\ntitle: \"Week 3 Worklog\"\n---\n\n### Week 3 Objectives:\n\n- Learn VPC\n"),
    ],
    nonTriggering: [
      RuleExample(
        "### Tasks to be carried out this week:\n\n| Day | Task | Start Date | Completion Date | Reference Material |\n"
          + "| --- | --- | --- | --- | --- |\n| 2 | Build a VPC | 15/09/2025 | 15/09/2025 | - |\n"),
      RuleExample("---\ntitle: \"Week 3\"\ndraft: true\n---\n\nNot applicable to the current internship period.\n"),
      RuleExample(path: "site/content/1-Worklog/_index.md", "---\ntitle: \"Worklog\"\n---\n\nTwelve weeks at FCJ.\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard context.configuration.requires(section: "tasks"), page.isWeekPage, page.tasks?.isTable != true, !page.isDraft
    else { return [] }
    let source = page.source
    let fix =
      "Record the week's tasks in a table with the columns Day | Task | Start Date | Completion Date | Reference Material."
    if let section = page.sections.first(where: { $0.kind == .tasks || $0.kind == .tasksAndAchievements }) {
      if let line = firstTableLine(page, in: section.lines) {
        return [
          finding(
            source, source.range(ofLine: line),
            "the tasks section has no task table: its table has no task or day column",
            fix:
              "Name the columns Day | Task | Start Date | Completion Date | Reference Material, as the template does.")
        ]
      }
      let heading = section.heading?.range ?? source.range(ofLine: section.lines.lowerBound)
      return [finding(source, heading, "the tasks section has no table", fix: fix)]
    }
    // A page that is all front matter has a body that starts past its last line.
    let first = max(page.frontMatter.bodyStartLine, page.segment?.lowerBound ?? 1)
    let last = page.segment?.upperBound ?? source.lineCount
    if first <= last, let line = firstTableLine(page, in: first...last) {
      return [
        finding(
          source, source.range(ofLine: line), "the page has no task table: its tables have no task or day column",
          fix: "Name the columns Day | Task | Start Date | Completion Date | Reference Material, as the template does.")
      ]
    }
    return [findingAtTop(page, "the page has no task table", fix: fix)]
  }

  /// The first line in `lines` that starts a table the parser did not take for the task table.
  private func firstTableLine(_ page: Worklog, in lines: ClosedRange<Int>) -> Int? {
    page.otherTableLines.first { lines.contains($0.lowerBound) }?.lowerBound
  }
}
