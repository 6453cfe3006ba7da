/// WL206: a week's objectives or task rows are the same as another week's.
struct CopiedFromAnotherWeekRule: LintRule {
  let description = RuleDescription(
    code: "WL206", name: "copied-from-another-week", severity: .warning,
    summary: "A week's objectives list, or most of its task rows, are the same as another week's in the same language.",
    rationale: """
      Interns start a week by copying the previous one (or the template's sample week) and do not \
      always rewrite it. Two weeks with the same objectives (two or more items), or with at least \
      half their task rows (two or more) the same, almost always mean a week was never written. \
      The later week is reported, at the first copied item. Text is compared with case, spacing \
      and punctuation ignored; drafts are skipped.
      """,
    triggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.2-Week2/_index.md",
          """
          ### Week 2 Objectives:

          * Get to know the team.
          * Set up an AWS account.

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          ### Week 3 Objectives:

          * ↓Get to know the team!
          * Set up an AWS account.

          """
        ),
      ]),
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.2-Week2/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Read the IAM user guide | 15/09/2025 | 15/09/2025 |
          | 3 | Create IAM users and groups | 16/09/2025 | 16/09/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | ↓Read the IAM user guide | 22/09/2025 | 22/09/2025 |
          | 3 | Create IAM users and groups | 23/09/2025 | 23/09/2025 |
          | 4 | Sketch a VPC with two subnets | 24/09/2025 | 24/09/2025 |

          """
        ),
      ]),
    ],
    nonTriggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.2-Week2/_index.md",
          """
          ### Week 2 Objectives:

          * Get to know the team.
          * Set up an AWS account.

          """
        ),
        (
          "site/content/1-Worklog/1.2-Week2/_index.vi.md",
          """
          ### Mục tiêu tuần 2:

          * Get to know the team.
          * Set up an AWS account.

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          ### Week 3 Objectives:

          * Get to know the team.
          * Sketch a VPC with two subnets.

          """
        ),
      ]),
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.2-Week2/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Attend the weekly team meeting | 15/09/2025 | 15/09/2025 |
          | 3 | Create IAM users and groups | 16/09/2025 | 16/09/2025 |
          | 4 | Attach policies to the groups | 17/09/2025 | 17/09/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Attend the weekly team meeting | 22/09/2025 | 22/09/2025 |
          | 3 | Sketch a VPC with two subnets | 23/09/2025 | 23/09/2025 |
          | 4 | Add a NAT gateway | 24/09/2025 | 24/09/2025 |

          """
        ),
      ]),
    ])

  func check(site: Site, context: LintContext) -> [Diagnostic] {
    context.copies(of: site).map { copy in
      switch copy.kind {
      case .objectives:
        return finding(
          copy.page.source, copy.range, "the objectives are the same as week \(copy.sourceWeek)'s",
          fix: "Write the objectives of week \(copy.week) itself; these were copied from week \(copy.sourceWeek).")
      case .tasks(let copied, let rows):
        return finding(
          copy.page.source, copy.range, "\(copied) of \(rows) task rows are the same as in week \(copy.sourceWeek)",
          fix: "Write the tasks week \(copy.week) actually had; these rows were copied from week \(copy.sourceWeek).")
      }
    }
  }
}
