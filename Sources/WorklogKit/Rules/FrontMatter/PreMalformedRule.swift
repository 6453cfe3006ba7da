/// WL108: `pre` is not the menu label `<b> 1.N. </b>`.
struct PreMalformedRule: LintRule {
  let description = RuleDescription(
    code: "WL108", name: "pre-malformed", severity: .warning,
    summary: "`pre` holds no week number, or its HTML is unbalanced.",
    rationale: """
      The theme prints `pre` before the title in the menu. Without a number the menu loses its \
      numbering; an unclosed `<b>` makes the rest of the menu bold.
      """,
    triggering: [
      RuleExample(
        "---\ntitle: \"Week 3\"\npre: ↓\" <b> </b> \"\n---\n",
        fixed: "---\ntitle: \"Week 3\"\npre: \" <b> 1.3. </b> \"\n---\n"),
      RuleExample(
        "---\ntitle: \"Week 3\"\npre: ↓\" <b> 1.3. \"\n---\n",
        fixed: "---\ntitle: \"Week 3\"\npre: \" <b> 1.3. </b> \"\n---\n"),
      RuleExample(
        files: [
          ("site/content/1-Worklog/1.7-Week7/_index.md", "---\ntitle: \"Week 7\"\npre: \"<b>1.7 </b>\"\n---\n"),
          ("site/content/1-Worklog/1.8-Week8/_index.md", "---\ntitle: \"Week 8\"\npre: ↓<b></b>\n---\n"),
        ],
        fixed: [("site/content/1-Worklog/1.8-Week8/_index.md", "---\ntitle: \"Week 8\"\npre: <b>1.8 </b>\n---\n")]),
    ],
    nonTriggering: [
      RuleExample("---\ntitle: \"Week 3\"\npre: \" <b> 1.3. </b> \"\n---\n"),
      RuleExample("---\ntitle: \"Week 3\"\npre: <b> 1.3 </b>\n---\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.kind == .week, let entry = page.frontMatter["pre"], let text = entry.value.value.text else { return [] }
    let week = page.week.number.map(String.init) ?? "N"
    let fix = "Write pre: \" <b> 1.\(week). </b> \"."
    if WorklogParser.weekInPre(text) == nil {
      return [
        finding(
          page.source, entry.value.range, "pre \(entry.raw) holds no week number", fix: fix,
          autofix: preFix(page, entry, context))
      ]
    }
    let lower = text.lowercased()
    if lower.components("<b>") != lower.components("</b>") {
      return [
        finding(
          page.source, entry.value.range, "pre \(entry.raw) opens <b> and does not close it, or the reverse", fix: fix,
          autofix: preFix(page, entry, context))
      ]
    }
    return []
  }
}

extension String {
  /// How many times `needle` occurs.
  func components(_ needle: String) -> Int {
    var count = 0
    var search = startIndex..<endIndex
    while let r = range(of: needle, range: search) {
      count += 1
      search = r.upperBound..<endIndex
    }
    return count
  }
}
