/// WL501: a week between the first and the last has no page in any language.
struct WeekMissingRule: LintRule {
  let description = RuleDescription(
    code: "WL501", name: "week-missing", severity: .warning,
    summary: "A week between week 1 and the last week has no page in any language.",
    rationale: """
      The menu jumps from week 4 to week 6 and a reader wonders what happened. Usually the page \
      was never written, or its folder names the wrong week. Reported once per missing week, on \
      the worklog's overview page, or without one on the first page after the gap. A week that \
      has a page in one language only is twin-missing's business.
      """,
    triggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/_index.md", "↓---\ntitle: \"Worklog\"\n---\n\n- [Week 1](1.1-week1/)\n"),
        ("site/content/1-Worklog/1.1-Week1/_index.md", "### Week 1 Objectives:\n"),
        ("site/content/1-Worklog/1.3-Week3/_index.md", "### Week 3 Objectives:\n"),
      ]),
      RuleExample(files: [
        ("site/content/1-Worklog/1.1-Week1/_index.md", "### Week 1 Objectives:\n"),
        ("site/content/1-Worklog/1.2-Week2/_index.md", "### Week 2 Objectives:\n"),
        ("site/content/1-Worklog/1.4-Week4/_index.md", "↓### Week 4 Objectives:\n"),
        ("site/content/1-Worklog/1.4-Week4/_index.vi.md", "### Mục tiêu tuần 4:\n"),
      ]),
    ],
    nonTriggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.1-Week1/_index.md", "### Week 1 Objectives:\n"),
        ("site/content/1-Worklog/1.2-Week2/_index.vi.md", "### Mục tiêu tuần 2:\n"),
        ("site/content/1-Worklog/1.3-Week3/_index.md", "### Week 3 Objectives:\n"),
      ])
    ])

  func check(site: Site, context: LintContext) -> [Diagnostic] {
    let byWeek = site.weekIndexesByWeek
    // Weeks after the term (a bonus page) are not expected, nor the gap before them.
    let term = context.configuration.termWeeks ?? Int.max
    guard let last = byWeek.keys.filter({ $0 <= term }).max(), last > 1 else { return [] }
    var out: [Diagnostic] = []
    for missing in 1..<last where byWeek[missing] == nil {
      let message = "week \(missing) has no page (the site has weeks up to \(last))"
      let fix = "Add the page of week \(missing), or renumber the folders so the weeks run without a gap."
      if let overview = site.overviews.first {
        out.append(finding(overview.source, overview.source.range(ofLine: 1), message, fix: fix))
      } else if let next = (missing...last).lazy.compactMap({ byWeek[$0]?.first }).first {
        out.append(findingAtTop(site.weeks[next], message, fix: fix))
      }
    }
    return out
  }
}
