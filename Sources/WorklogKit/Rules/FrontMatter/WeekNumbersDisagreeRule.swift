/// WL106: the folder, title, headings and `pre` name different weeks.
struct WeekNumbersDisagreeRule: LintRule {
  let description = RuleDescription(
    code: "WL106", name: "week-numbers-disagree", severity: .error,
    summary: "The folder, the title, the first heading and `pre` name different weeks.",
    rationale: """
      A page copied from the previous week often keeps the old number in one place. Readers and \
      the menu then disagree about which week this is. The folder name is taken as the truth; \
      `weight` is checked by weight-not-week.
      """,
    triggering: [
      RuleExample(
        path: "site/content/1-Worklog/1.4-Week4/_index.md", "---\ntitle: ↓\"Week 3 Worklog\"\nweight: 4\n---\n"),
      RuleExample(
        path: "site/content/1-Worklog/1.4-Week4/_index.md",
        "---\ntitle: \"Week 4 Worklog\"\npre: ↓\" <b> 1.3. </b> \"\n---\n"),
    ],
    nonTriggering: [
      RuleExample(
        path: "site/content/1-Worklog/1.4-Week4/_index.md",
        "---\ntitle: \"Week 4 Worklog\"\npre: \" <b> 1.4. </b> \"\n---\n\n### Week 4 Objectives\n")
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.kind == .week, let week = page.week.number, let chosen = page.week.source else { return [] }
    return page.week.evidence.compactMap { e in
      guard e.source != chosen, e.source != .weight, e.source != .heading, e.value != week, let range = e.range else {
        return nil
      }
      return finding(
        page.source, range, "\(e.source.rawValue) says week \(e.value) but the \(label(chosen)) says week \(week)",
        fix: "Make the \(e.source.rawValue) say week \(week), or move the page to the folder of week \(e.value).")
    }
  }

  private func label(_ s: WeekSource) -> String { s == .path ? "folder" : s.rawValue }
}
