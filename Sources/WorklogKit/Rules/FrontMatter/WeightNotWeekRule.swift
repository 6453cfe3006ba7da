/// WL107: `weight` is not the week number.
struct WeightNotWeekRule: LintRule {
  let description = RuleDescription(
    code: "WL107", name: "weight-not-week", severity: .warning,
    summary: "`weight` is not the week number, or has a leading zero.",
    rationale: """
      Hugo orders the menu by `weight`. The template's `weight: 1` left on every page puts the \
      weeks in an arbitrary order. `weight: 08` is a trap: YAML 1.1 readers take it for a string \
      (or octal), so week 8 and 9 sort apart from the others.
      """,
    triggering: [
      RuleExample(
        path: "site/content/1-Worklog/1.7-Week7/_index.md", "---\ntitle: \"Week 7 Worklog\"\nweight: ↓1\n---\n",
        fixed: "---\ntitle: \"Week 7 Worklog\"\nweight: 7\n---\n"),
      RuleExample(
        path: "site/content/1-Worklog/1.8-Week8/_index.md", "---\ntitle: \"Week 8 Worklog\"\nweight: ↓08\n---\n",
        fixed: "---\ntitle: \"Week 8 Worklog\"\nweight: 8\n---\n"),
      RuleExample(
        path: "site/content/1-Worklog/1.4-Week4/_index.md",
        "---\ntitle: \"Week 4 Worklog\"\nweight: ↓\"1\" # menu order\n---\n",
        fixed: "---\ntitle: \"Week 4 Worklog\"\nweight: \"4\" # menu order\n---\n"),
      RuleExample(
        path: "site/content/1-Worklog/1.5-Week5/_index.md", "+++\ntitle = \"Week 5 Worklog\"\nweight = ↓1\n+++\n",
        fixed: "+++\ntitle = \"Week 5 Worklog\"\nweight = 5\n+++\n"),
      RuleExample(
        path: "site/content/1-Worklog/1.6-Week6/_index.md",
        "{\n  \"title\": \"Week 6 Worklog\",\n  \"weight\": ↓1\n}\n",
        fixed: "{\n  \"title\": \"Week 6 Worklog\",\n  \"weight\": 6\n}\n"),
    ],
    nonTriggering: [
      RuleExample(
        path: "site/content/1-Worklog/1.7-Week7/_index.md", "---\ntitle: \"Week 7 Worklog\"\nweight: 7\n---\n")
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.kind == .week, let week = page.trustedWeek,
      let entry = page.frontMatter["weight"]
    else { return [] }
    if case .integer(let n, leadingZero: true) = entry.value.value, n == week {
      return [
        finding(
          page.source, entry.value.range, "weight \(Quote.cut(entry.raw)) has a leading zero",
          fix: "Write weight: \(n).", autofix: weightFix(page, entry, week: week))
      ]
    }
    guard let text = entry.value.value.text, entry.value.value.integerValue != week else { return [] }
    return [
      finding(
        page.source, entry.value.range, "weight is \(Quote.cut(text)) but this is week \(week)",
        fix: "Set weight: \(week), so Hugo lists the week in its place in the menu.",
        autofix: weightFix(page, entry, week: week))
    ]
  }
}
