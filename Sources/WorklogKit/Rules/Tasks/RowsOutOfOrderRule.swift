/// WL309: a row starts before the row above it.
///
/// Tables written newest first (most rows starting before the row above) are a choice, not a
/// slip, and are not reported.
public struct RowsOutOfOrderRule: LintRule {
  public init() {}
  public let description = RuleDescription(
    code: "WL309", name: "rows-out-of-order", severity: .note,
    summary: "A task row starts before the row above it.",
    rationale: """
      A week reads from Monday down. A row that starts earlier than the one above it was added \
      late, or its date is a typo. Tables kept newest first throughout are left alone.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 |\n| 4 | Study EC2 | 17/09/2025 | 17/09/2025 |\n"
          + "| 3 | Study VPC | ↓16/09/2025 | 16/09/2025 |\n| 5 | Study S3 | 18/09/2025 | 18/09/2025 |\n")
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 - 4 | Build the lab | 15/09/2025 | 17/09/2025 |\n| 3 | Study VPC | 16/09/2025 | 16/09/2025 |\n"
          + "| 5 | Study S3 | 18/09/2025 | 18/09/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 5 | Study S3 | 18/09/2025 | 18/09/2025 |\n| 4 | Study EC2 | 17/09/2025 | 17/09/2025 |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 |\n"),
    ])

  public func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    let dated = table.rowsInPlace.compactMap { row in row.startDate.flatMap { d in row.start.map { (d, $0) } } }
    guard dated.count >= 2 else { return [] }
    let pairs = zip(dated, dated.dropFirst())
    let backwards = pairs.filter { $0.1.0 < $0.0.0 }.count
    let forwards = pairs.filter { $0.1.0 > $0.0.0 }.count
    guard backwards > 0, backwards <= forwards else { return [] }
    return pairs.compactMap { above, this in
      guard this.0 < above.0 else { return nil }
      return finding(page.source, this.1.raw.range, "row starts \(this.1.raw.value), before the row above (\(above.1.raw.value))",
        fix: "Move the row to its place in date order, or correct its start date.")
    }
  }
}
