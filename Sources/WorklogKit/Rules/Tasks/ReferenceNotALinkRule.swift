/// WL311: the reference cell names material but links to none.
struct ReferenceNotALinkRule: LintRule {
  let description = RuleDescription(
    code: "WL311", name: "reference-not-a-link", severity: .note,
    summary: "The reference cell holds text but no URL (`Project Docs`, `[Meeting Notes]`).",
    rationale: """
      The reference column is there so a mentor can open what the intern studied. A title with \
      no address (`AWS Docs`, `[Meeting Notes]`) cannot be followed. Not reported: empty cells \
      and placeholders (`-`, `N/A`, `Internal Notes`), addresses written without `https://`, \
      rows whose task cell carries the link, and links left without a URL (broken-link).
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
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 | IAM guide: https://docs.aws.amazon.com/iam/ |\n"
          + "| 3 | Study dbt | 16/09/2025 | 16/09/2025 | docs.getdbt.com |\n"
          + "| 4 | Team meeting | 17/09/2025 | 17/09/2025 | Internal Notes |\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    // Rows read where they are (`TableRowIndices`), not copied.
    let rows = table.rows
    return table.rowIndicesOfHeaderWidth.compactMap { i in
      guard let cell = rows[i].referenceCell, let column = table.columns.references,
        let read = rows[i].readCells[safe: column]
      else { return nil }
      guard !TaskText.isPlaceholder(read.text), !saysInternal(read.text), read.brokenLinks.isEmpty,
        !read.links.contains(where: { $0.url != nil }), !looksLikeAddress(read.text)
      else { return nil }
      // The material is linked from the task cell instead (`Tài liệu trong link`).
      if let task = rows[i].task, task.value.links.contains(where: { $0.url != nil }) { return nil }
      let text = read.text.replacingAll("\n", with: " ")
      let shown = text.count > 60 ? String(text.prefix(57)) + "…" : text
      return finding(
        page.source, cell.range, "reference '\(shown)' links nowhere",
        fix: "Give the material's address, as [title](https://…) or <https://…>.")
    }
  }

  /// `Internal Notes`, `Nội bộ nhóm`: the row says it has no public material.
  private func saysInternal(_ text: String) -> Bool {
    // The first letter past ASCII blanks settles most text: the words open with `i` or `n`.
    if let b = text.utf8.first(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }), b < 0x80,
      b | 0x20 != 0x69 && b | 0x20 != 0x6E
    {
      return false
    }
    let t = text.foldedForMatching
    return t.hasPrefix("internal") || t.hasPrefix("nội bộ") || t.hasPrefix("noi bo")
  }

  /// The endings `looksLikeAddress` takes for a host's.
  private static let topLevelDomains: Set<String> = [
    "com", "org", "net", "io", "dev", "vn", "edu", "gov", "ai", "co", "app", "cloud", "aws",
  ]

  /// `docs.getdbt.com`, `github.com/org/repo`: an address written without its scheme.
  private func looksLikeAddress(_ text: String) -> Bool {
    // Only a word with a dot can be an address.
    guard text.utf8.contains(0x2E) else { return false }
    let tlds = Self.topLevelDomains
    return text.split(whereSeparator: { $0 == " " || $0 == "\n" }).contains { word in
      guard word.utf8.contains(0x2E) else { return false }
      let host = word.split(separator: "/").first.map(String.init) ?? ""
      let parts = host.lowercased().split(separator: ".")
      return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty } && tlds.contains(String(parts.last!))
    }
  }
}
