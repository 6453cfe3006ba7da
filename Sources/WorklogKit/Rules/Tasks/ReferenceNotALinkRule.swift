/// WL311: the reference cell names material but links to none.
public struct ReferenceNotALinkRule: LintRule {
  public init() {}
  public let description = RuleDescription(
    code: "WL311", name: "reference-not-a-link", severity: .note,
    summary: "The reference cell holds text but no URL (`Project Docs`, `[Meeting Notes]`).",
    rationale: """
      The reference column is there so a mentor can open what the intern studied. A title with \
      no address (`AWS Docs`, `[Meeting Notes]`) cannot be followed. Empty cells and \
      placeholders (`-`, `N/A`) are not reported, nor links left without a URL, which \
      broken-link reports.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 2 | Read the OCR source | 27/04/2026 | 27/04/2026 | ↓Project Docs |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 2 | Team meeting | 27/04/2026 | 27/04/2026 | ↓[Meeting Notes] |\n"),
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 | <https://docs.aws.amazon.com/iam/> |\n"
          + "| 3 | Study VPC | 16/09/2025 | 16/09/2025 | - |\n| 4 | Rest | 17/09/2025 | 17/09/2025 |  |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 | IAM guide: https://docs.aws.amazon.com/iam/ |\n"),
    ])

  public func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    return table.rows.compactMap { row in
      guard let cell = row.referenceCell else { return nil }
      let read = InlineTextReader.read(cell.value)
      guard !TaskText.isPlaceholder(read.text), read.brokenLinks.isEmpty, !read.links.contains(where: { $0.url != nil }) else {
        return nil
      }
      let text = read.text.replacingAll("\n", with: " ")
      let shown = text.count > 60 ? String(text.prefix(57)) + "…" : text
      return finding(page.source, cell.range, "reference '\(shown)' links nowhere",
        fix: "Give the material's address, as [title](https://…) or <https://…>.")
    }
  }
}
