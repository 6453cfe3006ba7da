/// WL307: a table mixes day-first and month-first dates, or goes against the configured order.
struct DateOrderInconsistentRule: LintRule {
  let description = RuleDescription(
    code: "WL307", name: "date-order-inconsistent", severity: .warning,
    summary: "A task table writes some dates day-first and others month-first, or not in the site's configured order.",
    rationale: """
      `05/10/2025` is 5 October to a Vietnamese reader and May 10 to an American one. A table \
      that writes `13/10/2025` in one row and `10/15/2025` in another leaves every ambiguous \
      date in it open to both readings. worklog reads each table in the order most of its cells \
      show and reports the cells that disagree. With `dateOrder` set in .worklog.json, a table \
      whose dates can only be read the other way is reported at its header.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study S3 | 13/10/2025 | 13/10/2025 |\n| 3 | Study EBS | 14/10/2025 | 14/10/2025 |\n"
          + "| 4 | Study EFS | ↓10/15/2025 | ↓10/15/2025 |\n")
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study S3 | 10/13/2025 | 10/13/2025 |\n| 3 | Study EBS | 10/14/2025 | 10/14/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study S3 | 06/10/2025 | 07/10/2025 |\n| 4 | Study EFS | 08/10/2025 | 10/10/2025 |\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks, let decision = table.dateOrder else { return [] }
    if let fixed = context.configuration.fixedDateOrder, decision.order != fixed,
      [.fieldAbove12, .weekday, .span].contains(decision.evidence)
    {
      let range = page.source.range(ofLine: table.lines.lowerBound)
      return [
        finding(
          page.source, range,
          "this table writes its dates \(name(decision.order)), but the configured dateOrder is \(fixed.rawValue)",
          fix: "Write the table's dates as \(TaskText.pattern(fixed)), the order set in .worklog.json.")
      ]
    }
    guard decision.dayFirstCells > 0, decision.monthFirstCells > 0 else { return [] }
    let majority = decision.order == .dayFirst ? decision.dayFirstCells : decision.monthFirstCells
    var out: [Diagnostic] = []
    let rows = table.rows
    for i in table.rowIndicesInPlace {
      var cells: [(String, Located<String>)] = []
      if let day = rows[i].day, case .date(let reading) = DayLabel.parse(day.value), DateCell.order(of: reading) != nil
      {
        cells.append(("day", day))
      }
      for (label, cell) in rows[i].dateCells where cell.writtenOrder != nil { cells.append((label, cell.raw)) }
      for (label, cell) in cells {
        guard let reading = DateReading.parse(cell.value), let written = DateCell.order(of: reading),
          written != decision.order
        else { continue }
        out.append(
          finding(
            page.source, cell.range,
            "\(label) \(cell.value) is written \(name(written)), but the table's other dates are \(name(decision.order)) (\(majority) cells)",
            fix: "Write every date of the table as \(TaskText.pattern(decision.order))."))
      }
    }
    return out
  }

  private func name(_ order: DateOrder) -> String { order == .dayFirst ? "day-first" : "month-first" }
}
