/// WL201: a week page has no objectives.
struct ObjectivesMissingRule: LintRule {
  let description = RuleDescription(
    code: "WL201", name: "objectives-missing", severity: .warning,
    summary: "A week page has no objectives: no objectives heading and no list before the task table.",
    rationale: """
      The template opens every week with what the intern set out to do. Without it a reader \
      cannot judge the tasks and achievements that follow. A heading (`### Week 3 Objectives:`), \
      a plain line (`Week 3 Objectives:`), a label with its text (`**Main objective:** …`, `Goal: …`), \
      a first tasks heading above the one with the table (`Trọng tâm công việc`, the week's \
      focus) or a bare list before the task table all count. Pages with `draft: true` are \
      skipped: Hugo does not publish them.
      """,
    triggering: [
      RuleExample(
        """
        ↓---
        title: "Week 3 Worklog"
        ---

        ### Tasks to be carried out this week:

        | Day | Task | Start Date | Completion Date |
        | --- | ---- | ---------- | --------------- |
        | 2 | Sketch a VPC with two subnets | 22/09/2025 | 22/09/2025 |

        ### Week 3 Achievements:

        * Drew the network diagram of the lab.

        """)
    ],
    nonTriggering: [
      RuleExample(
        """
        ---
        title: "Week 3 Worklog"
        ---

        Week 3 Objectives:
        - Sketch a VPC with two subnets.

        | Day | Task | Start Date | Completion Date |
        | --- | ---- | ---------- | --------------- |
        | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |

        """),
      RuleExample(
        """
        ---
        title: "Week 3 Worklog"
        ---

        **Main objective:** sketch a VPC with two subnets.

        ### Tasks carried out this week:

        """),
      RuleExample(
        """
        ---
        title: "Week 3 Worklog"
        draft: true
        ---

        Nothing to report yet.

        """),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard context.configuration.requires(section: "objectives"),
      page.isWeekPage, !page.isDraft, page.objectives.isEmpty, page.section(.objectives) == nil,
      !page.hasFocusSection, !page.inlineLabels.contains(.objectives)
    else { return [] }
    let n = page.week.number.map(String.init) ?? "N"
    let heading = page.language.code == "vi" ? "### Mục tiêu tuần \(n):" : "### Week \(n) Objectives:"
    return [
      findingAtTop(
        page, "the page has no objectives section",
        fix: "Add a heading `\(heading)` before the task table, with the week's goals as a list.")
    ]
  }
}
