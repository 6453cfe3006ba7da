/// WL105: a required front matter key is missing.
struct RequiredKeyMissingRule: LintRule {
  let description = RuleDescription(
    code: "WL105", name: "required-key-missing", severity: .warning,
    summary: "A required front matter key (title, weight, chapter, pre by default) is missing.",
    rationale: """
      The workshop theme builds the menu from `title`, `weight` and `pre`, and `chapter: false` \
      keeps a week from rendering as a chapter cover. The keys required are configurable \
      (`requiredKeys` in .worklog.json).
      """,
    triggering: [
      RuleExample(
        "↓---\ntitle: \"Week 3 Worklog\"\nweight: 3\nchapter: false\n---\n",
        fixed: "---\ntitle: \"Week 3 Worklog\"\nweight: 3\nchapter: false\npre: \" <b> 1.3. </b> \"\n---\n"),
      RuleExample(
        files: [
          (
            "site/content/1-Worklog/1.7-Week7/_index.md",
            "---\ntitle: \"Week 7: Worklog\"\nweight: 7\nchapter: false\npre: \" <b> 1.7. </b> \"\n---\n"
          ),
          ("site/content/1-Worklog/1.8-Week8/_index.md", "↓---\r\nweight: 8\r\nchapter: false\r\n---\r\n"),
        ],
        fixed: [
          (
            "site/content/1-Worklog/1.8-Week8/_index.md",
            "---\r\nweight: 8\r\nchapter: false\r\ntitle: \"Week 8: Worklog\"\r\npre: \" <b> 1.8. </b> \"\r\n---\r\n"
          )
        ]),
      RuleExample(
        path: "site/content/1-Worklog/1.8-Week8/_index.vi.md", "↓+++\nweight = 8\n+++\n",
        fixed: "+++\ntitle = \"Nhật ký tuần 8\"\nchapter = false\npre = \" <b> 1.8. </b> \"\nweight = 8\n+++\n"),
    ],
    nonTriggering: [
      RuleExample("---\ntitle: \"Week 3 Worklog\"\nweight: 3\nchapter: false\npre: \" <b> 1.3. </b> \"\n---\n")
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.kind == .week, page.frontMatter.fence != .missing, let range = page.frontMatter.range else { return [] }
    let missing = context.configuration.effectiveRequiredKeys.filter { page.frontMatter[$0] == nil }
    guard !missing.isEmpty else { return [] }
    let open = page.source.range(ofLine: range.start.line)
    let list = missing.map { "'\($0)'" }.joined(separator: ", ")
    return [
      finding(
        page.source, open, "front matter lacks \(list)",
        fix: "Add \(missing.map { example($0, page) }.joined(separator: ", ")) to the front matter.",
        autofix: missingKeysFix(page, missing, context))
    ]
  }

  private func example(_ key: String, _ page: Worklog) -> String {
    let n = page.week.number.map(String.init) ?? "N"
    switch key {
    case "title": return "title: \"Week \(n) Worklog\""
    case "weight": return "weight: \(n)"
    case "chapter": return "chapter: false"
    case "pre": return "pre: \" <b> 1.\(n). </b> \""
    case "date": return "date: YYYY-MM-DD"
    default: return "\(key): …"
    }
  }
}
