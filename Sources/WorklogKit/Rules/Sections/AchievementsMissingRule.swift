/// WL203: a week page has no achievements.
struct AchievementsMissingRule: LintRule {
  let description = RuleDescription(
    code: "WL203", name: "achievements-missing", severity: .warning,
    summary: "A week page has no achievements: no achievements heading and no list after the task table.",
    rationale: """
      The template closes every week with what was achieved; mentors read it first. A heading \
      (`### Week 3 Achievements:`, `Results`, `Outcomes`, `Kết quả`), a heading covering both \
      tasks and achievements, a label with its text (`**Result:** …`), or a bare list after \
      the task table all count. Pages with `draft: true` are skipped: Hugo does not publish them.
      """,
    triggering: [
      RuleExample(
        """
        ↓---
        title: "Week 3 Worklog"
        ---

        ### Week 3 Objectives:

        * Sketch a VPC with two subnets.

        ### Tasks to be carried out this week:

        | Day | Task | Start Date | Completion Date |
        | --- | ---- | ---------- | --------------- |
        | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |

        """)
    ],
    nonTriggering: [
      RuleExample(
        """
        ---
        title: "Week 3 Worklog"
        ---

        * Sketch a VPC with two subnets.

        | Day | Task | Start Date | Completion Date |
        | --- | ---- | ---------- | --------------- |
        | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |

        * Drew the network diagram of the lab.

        """),
      RuleExample(
        """
        ---
        title: "Week 3 Worklog"
        ---

        ### Week 3 Objectives:

        * Sketch a VPC with two subnets.

        ### Tasks and Achievements

        | Day | Task | Start Date | Completion Date |
        | --- | ---- | ---------- | --------------- |
        | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |

        """),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard context.configuration.requires(section: "achievements"),
      page.isWeekPage, !page.isDraft, page.achievements.isEmpty, page.section(.achievements) == nil,
      page.section(.tasksAndAchievements) == nil, !page.inlineLabels.contains(.achievements)
    else { return [] }
    let n = page.week.number.map(String.init) ?? "N"
    let heading = page.language.code == "vi" ? "### Kết quả đạt được tuần \(n):" : "### Week \(n) Achievements:"
    return [
      findingAtTop(
        page, "the page has no achievements section",
        fix: "Add a heading `\(heading)` after the task table, with what the week achieved as a list.")
    ]
  }
}
