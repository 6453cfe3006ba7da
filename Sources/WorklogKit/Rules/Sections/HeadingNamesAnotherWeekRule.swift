/// WL205: a section heading names another week than the page's.
struct HeadingNamesAnotherWeekRule: LintRule {
  let description = RuleDescription(
    code: "WL205", name: "heading-names-another-week", severity: .warning,
    summary: "A section heading names another week than the page's (`### Week 8 Achievements:` on week 7's page).",
    rationale: """
      A page copied from another week keeps that week's number in a heading or two; readers then \
      cannot tell which week the section belongs to. Plans for the next week, and headings that \
      also name the page's own week (`Weeks 3 and 4`), may name another week and are left alone. \
      The week is taken from the folder, title or `pre`, never from `weight` alone.
      """,
    triggering: [
      RuleExample(
        path: "site/content/1-Worklog/1.7-Week7/_index.vi.md",
        """
        ### Mục tiêu tuần 7:

        * Tìm hiểu Amazon RDS.

        ### ↓Thành tựu Tuần 8:

        * Tạo được một cơ sở dữ liệu RDS.

        """)
    ],
    nonTriggering: [
      RuleExample(
        path: "site/content/1-Worklog/1.7-Week7/_index.md",
        """
        ### Week 7 Achievements:

        * Created an RDS database.

        ### Plan for Week 8:

        * Learn Amazon DynamoDB.

        """),
      RuleExample(
        path: "site/content/1-Worklog/1.7-Week7/_index.md",
        """
        ### Week 6 - 7 Objectives:

        * Finish the RDS labs.

        """),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let week = page.trustedWeek else { return [] }
    return page.sections.compactMap { s in
      guard let other = s.weekInHeading, other != week, s.kind != .nextWeek, let heading = s.heading,
        !Self.namesWeek(week, in: heading.value)
      else { return nil }
      return finding(
        page.source, heading.range, "heading '\(heading.value)' names week \(other) on the page of week \(week)",
        fix: "Write week \(week) in the heading, or move the section to week \(other)'s page.")
    }
  }

  /// Whether `heading` also names `week` as a number of its own (`Weeks 6 - 7`, `Tuần 6 và 7`).
  static func namesWeek(_ week: Int, in heading: String) -> Bool {
    heading.split { !$0.isNumber }.contains { Int($0) == week }
  }
}
