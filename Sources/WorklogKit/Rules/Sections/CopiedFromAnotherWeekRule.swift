/// WL206: a week's objectives or task rows are the same as another week's.
public struct CopiedFromAnotherWeekRule: LintRule {
  public init() {}
  public let description = RuleDescription(
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
        ("site/content/1-Worklog/1.2-Week2/_index.md", """
          ### Week 2 Objectives:

          * Get to know the team.
          * Set up an AWS account.

          """),
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          ### Week 3 Objectives:

          * ↓Get to know the team!
          * Set up an AWS account.

          """),
      ]),
      RuleExample(files: [
        ("site/content/1-Worklog/1.2-Week2/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Read the IAM user guide | 15/09/2025 | 15/09/2025 |
          | 3 | Create IAM users and groups | 16/09/2025 | 16/09/2025 |

          """),
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | ↓Read the IAM user guide | 22/09/2025 | 22/09/2025 |
          | 3 | Create IAM users and groups | 23/09/2025 | 23/09/2025 |
          | 4 | Sketch a VPC with two subnets | 24/09/2025 | 24/09/2025 |

          """),
      ]),
    ],
    nonTriggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.2-Week2/_index.md", """
          ### Week 2 Objectives:

          * Get to know the team.
          * Set up an AWS account.

          """),
        ("site/content/1-Worklog/1.2-Week2/_index.vi.md", """
          ### Mục tiêu tuần 2:

          * Get to know the team.
          * Set up an AWS account.

          """),
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          ### Week 3 Objectives:

          * Get to know the team.
          * Sketch a VPC with two subnets.

          """),
      ]),
      RuleExample(files: [
        ("site/content/1-Worklog/1.2-Week2/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Attend the weekly team meeting | 15/09/2025 | 15/09/2025 |
          | 3 | Create IAM users and groups | 16/09/2025 | 16/09/2025 |
          | 4 | Attach policies to the groups | 17/09/2025 | 17/09/2025 |

          """),
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Attend the weekly team meeting | 22/09/2025 | 22/09/2025 |
          | 3 | Sketch a VPC with two subnets | 23/09/2025 | 23/09/2025 |
          | 4 | Add a NAT gateway | 24/09/2025 | 24/09/2025 |

          """),
      ]),
    ])

  public func check(site: Site, context: LintContext) -> [Diagnostic] {
    let pages = site.weeks.filter { $0.trustedWeek != nil && !$0.isDraft }
    var out: [Diagnostic] = []
    for page in pages {
      guard let week = page.trustedWeek else { continue }
      let language = site.languageCode(of: page)
      let earlier = pages.filter { site.languageCode(of: $0) == language && ($0.trustedWeek ?? week) < week }
        .sorted { ($0.trustedWeek ?? 0) < ($1.trustedWeek ?? 0) }
      if let d = copiedObjectives(page, week, earlier) { out.append(d) }
      if let d = copiedTasks(page, week, earlier) { out.append(d) }
    }
    return out
  }

  private func copiedObjectives(_ page: Worklog, _ week: Int, _ earlier: [Worklog]) -> Diagnostic? {
    let mine = page.objectives.map { Self.normalized($0.text) }.filter { !$0.isEmpty }
    guard mine.count >= 2, let first = page.objectives.first(where: { !Self.normalized($0.text).isEmpty }),
      let other = earlier.first(where: { p in p.objectives.map { Self.normalized($0.text) }.filter { !$0.isEmpty } == mine }),
      let otherWeek = other.trustedWeek
    else { return nil }
    return finding(page.source, first.range, "the objectives are the same as week \(otherWeek)'s",
      fix: "Write the objectives of week \(week) itself; these were copied from week \(otherWeek).")
  }

  private func copiedTasks(_ page: Worklog, _ week: Int, _ earlier: [Worklog]) -> Diagnostic? {
    guard let rows = page.tasks?.rows, rows.count >= 2 else { return nil }
    let mine = rows.map { Self.normalized($0.task?.value.text ?? "") }
    var best: (page: Worklog, copied: [Int])?
    for other in earlier {
      let theirs = Set((other.tasks?.rows ?? []).map { Self.normalized($0.task?.value.text ?? "") }.filter { $0.count >= 12 })
      let copied = mine.indices.filter { mine[$0].count >= 12 && theirs.contains(mine[$0]) }
      if copied.count >= 2, copied.count * 2 >= rows.count, copied.count > (best?.copied.count ?? 0) { best = (other, copied) }
    }
    guard let best, let otherWeek = best.page.trustedWeek, let firstIndex = best.copied.first else { return nil }
    let row = rows[firstIndex]
    return finding(page.source, row.task?.range ?? row.range,
      "\(best.copied.count) of \(rows.count) task rows are the same as in week \(otherWeek)",
      fix: "Write the tasks week \(week) actually had; these rows were copied from week \(otherWeek).")
  }

  /// Text folded for comparison: lower case, letters and digits only, single spaces.
  static func normalized(_ text: String) -> String {
    var out = ""
    var space = false
    for c in text.lowercased() {
      if c.isLetter || c.isNumber {
        if space && !out.isEmpty { out.append(" ") }
        out.append(c)
        space = false
      } else {
        space = true
      }
    }
    return out
  }
}
