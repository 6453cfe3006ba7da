/// WL103: a front matter line or value cannot be read.
struct FrontMatterUnreadableRule: LintRule {
  let description = RuleDescription(
    code: "WL103", name: "front-matter-unreadable", severity: .error,
    summary: "A front matter line or value cannot be read as YAML.",
    rationale: """
      An unterminated quote or a line that is not `key: value` makes Hugo stop with a YAML error, \
      or take a different value than the one meant.
      """,
    triggering: [
      RuleExample("---\ntitle: ↓\"Week 3 Worklog\nweight: 3\n---\n"),
      RuleExample("---\ntitle: \"Week 3\"\n↓weight 3\n---\n"),
    ],
    nonTriggering: [RuleExample("---\ntitle: \"Week 3 Worklog\"\nweight: 3\naliases:\n  - /week3/\n---\n")])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for entry in page.frontMatter.entries {
      if case .unreadable(let reason) = entry.value.value {
        out.append(
          finding(
            page.source, entry.value.range, "'\(entry.key.value)' cannot be read: \(reason)",
            fix: "Write the value in double quotes on one line, e.g. \(entry.key.value): \"…\"."))
      }
    }
    for line in page.frontMatter.unreadableLines {
      out.append(
        finding(
          page.source, line.range, "'\(line.value.prefix(40))' is not a `key: value` line",
          fix: "Write each front matter entry as `key: value`, or remove the line."))
    }
    return out
  }
}
