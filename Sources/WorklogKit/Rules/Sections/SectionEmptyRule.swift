/// WL202: an objectives or achievements heading has nothing under it.
struct SectionEmptyRule: LintRule {
  let description = RuleDescription(
    code: "WL202", name: "section-empty", severity: .warning,
    summary: "An objectives or achievements heading has nothing under it.",
    rationale: """
      A heading left with nothing below it renders as a promise the page does not keep; usually \
      the list was never written, or was pasted under the wrong heading. Only blank lines, \
      comments and rules (`---`) count as nothing; a sub-heading of no known kind right below \
      (`### 1. Networking`) opens the section's content. A tasks heading without its table is left to \
      the task table rules. Pages with `draft: true` are skipped: Hugo does not publish them.
      """,
    triggering: [
      RuleExample(
        """
        ---
        title: "Week 3 Worklog"
        ---

        ### ↓Week 3 Objectives:

        <!-- to do -->

        ### Tasks to be carried out this week:

        | Day | Task | Start Date | Completion Date |
        | --- | ---- | ---------- | --------------- |
        | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |

        ### ↓Week 3 Achievements:

        """)
    ],
    nonTriggering: [
      RuleExample(
        """
        ---
        title: "Week 3 Worklog"
        ---

        ## Week 3 Objectives

        ### Networking

        * Sketch a VPC with two subnets.

        ### Week 3 Achievements:

        | Area | Result |
        | ---- | ------ |
        | VPC | Diagram drawn |

        """),
      RuleExample(
        """
        ---
        title: "Week 3 Worklog"
        draft: true
        ---

        ### Week 3 Objectives:

        ### Week 3 Achievements:

        """),
    ])

  /// The sections this rule checks; an empty tasks heading is the task table rules' business.
  static let checkedKinds: Set<SectionKind> = [.objectives, .achievements]

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, !page.isDraft else { return [] }
    return page.sections.compactMap { section in
      guard Self.checkedKinds.contains(section.kind), section.detectedBy != .structure, section.isEmpty,
        let heading = section.heading
      else { return nil }
      return finding(
        page.source, heading.range, "'\(heading.value)' has nothing under it",
        fix:
          "Write the \(section.kind == .objectives ? "week's objectives" : "week's achievements") under the heading as a list, or remove the heading."
      )
    }
  }
}
