/// WL309: a row starts before the row above it.
///
/// The rows reported are those outside the longest run of rows in date order, so one row typed
/// a month late is reported itself, not the row after it. Tables written newest first (most
/// rows starting before the row above) are a choice, not a slip, and are not reported.
struct RowsOutOfOrderRule: LintRule {
  let description = RuleDescription(
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
          + "| 3 | Study VPC | ↓16/09/2025 | 16/09/2025 |\n| 5 | Study S3 | 18/09/2025 | 18/09/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study IAM | 15/09/2025 | 15/09/2025 |\n| 3 | Study VPC | ↓26/09/2025 | 26/09/2025 |\n"
          + "| 4 | Study EC2 | 17/09/2025 | 17/09/2025 |\n| 5 | Study S3 | 18/09/2025 | 18/09/2025 |\n"),
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

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    // Rows with no task are task-empty's; their dates are often template leftovers.
    // Rows read where they are (`TableRowIndices`), not copied.
    let rows = table.rows
    let dated = table.rowIndicesInPlace.compactMap { i -> (CalendarDate, DateCell)? in
      if let text = rows[i].task?.value.text, TaskText.isPlaceholder(text) { return nil }
      guard let cell = rows[i].start, let date = cell.date else { return nil }
      return (date, cell)
    }
    guard dated.count >= 2 else { return [] }
    // Each row against the one above, without an array of the pairs.
    var backwards = 0
    var forwards = 0
    for k in 1..<dated.count {
      if dated[k].0 < dated[k - 1].0 { backwards += 1 }
      if dated[k].0 > dated[k - 1].0 { forwards += 1 }
    }
    guard backwards > 0, backwards <= forwards else { return [] }
    let inOrder = longestInOrder(dated.map(\.0))
    return dated.indices.compactMap { i in
      guard !inOrder.contains(i) else { return nil }
      let (date, cell) = dated[i]
      // Compare with the nearest rows of the in-order run, above and below.
      let above = inOrder.filter { $0 < i }.max()
      let below = inOrder.filter { $0 > i }.min()
      var message = "row starts \(cell.raw.value), out of date order"
      if let a = above, date < dated[a].0 {
        message =
          "row starts \(cell.raw.value), before \(a == i - 1 ? "the row" : "a row") above (\(dated[a].1.raw.value))"
      } else if let b = below, date > dated[b].0 {
        message =
          "row starts \(cell.raw.value), after \(b == i + 1 ? "the row" : "a row") below (\(dated[b].1.raw.value))"
      }
      return finding(
        page.source, cell.raw.range, message,
        fix: "Move the row to its place in date order, or correct its start date.")
    }
  }

  /// The rows of the longest run in date order (not necessarily adjacent), preferring among
  /// equally long runs the one spanning the fewest days: the rows that read as a week.
  private func longestInOrder(_ dates: [CalendarDate]) -> Set<Int> {
    var length = [Int](repeating: 1, count: dates.count)
    var first = dates
    var previous = [Int?](repeating: nil, count: dates.count)
    for i in dates.indices {
      for j in 0..<i where dates[j] <= dates[i] {
        if length[j] + 1 > length[i] || (length[j] + 1 == length[i] && first[j] > first[i]) {
          length[i] = length[j] + 1
          first[i] = first[j]
          previous[i] = j
        }
      }
    }
    guard
      var end = dates.indices.max(by: { a, b in
        length[a] < length[b] || (length[a] == length[b] && first[a].days(to: dates[a]) > first[b].days(to: dates[b]))
      })
    else { return [] }
    var chain: Set<Int> = [end]
    while let p = previous[end] {
      chain.insert(p)
      end = p
    }
    return chain
  }
}
