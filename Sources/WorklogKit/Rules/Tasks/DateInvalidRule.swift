/// WL305: a start or completion cell looks like a date but is not a real one.
struct DateInvalidRule: LintRule {
  let description = RuleDescription(
    code: "WL305", name: "date-invalid", severity: .error,
    summary: "A start or completion date is malformed (`29/10/20255`) or names no real day (`31/11/2025`).",
    rationale: """
      A date that does not exist is a typo, and readers cannot tell which day was meant. A \
      lenient reader turns 31/11/2025 into 01/12/2025, which then looks like a task outside the \
      week. Cells written in the other day/month order (`10/15/2025` in a day-first table) are \
      left to date-order-inconsistent; empty cells and text such as `Ongoing` are not dates and \
      are not reported here.
      """,
    triggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 6 | Clean up the lab | 28/11/2025 | ↓31/11/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 4 | Study IAM roles | ↓29/10/20255 | 29/10/2025 |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study S3 | ↓2025-02-30 | 2025-03-02 |\n"),
    ],
    nonTriggering: [
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 6 | Clean up the lab | 28/11/2025 | Ongoing |\n| 7 | Rest |  | - |\n"),
      RuleExample(
        "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
          + "| 2 | Study S3 | 13/10/2025 | 14/10/2025 |\n| 3 | Study EBS | 10/15/2025 | 10/15/2025 |\n"
          + "| 4 | Study EFS | 16/10/2025 | 16/10/2025 |\n"),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    guard page.isWeekPage, let table = page.tasks else { return [] }
    let order = table.dateOrder?.order ?? .dayFirst
    let other: DateOrder = order == .dayFirst ? .monthFirst : .dayFirst
    var out: [Diagnostic] = []
    // Rows read where they are (`TableRowIndices`), not copied.
    let rows = table.rows
    for i in table.rowIndicesInPlace {
      for (name, cell) in rows[i].dateCells {
        switch cell.problem {
        case .malformed?:
          let fix = "Write the date as \(TaskText.pattern(table.dateOrder?.order)), as the table's other dates are."
          out.append(
            finding(page.source, cell.raw.range, "\(name) \(cell.raw.value) is not a well-formed date", fix: fix))
        case .noSuchDay?:
          // A real day in the other order is a mixed-order cell, which date-order-inconsistent reports.
          if cell.writtenOrder == other && cell.isDate(under: other) { continue }
          out.append(
            finding(
              page.source, cell.raw.range, "\(name) \(cell.raw.value) \(why(cell, order))",
              fix: "Correct the day or the month; the date does not exist."))
        default:
          continue
        }
      }
    }
    return out
  }

  /// `is not a real day: November has 30 days`, or a plain `names no real day`.
  private func why(_ cell: DateCell, _ order: DateOrder) -> String {
    guard case .numeric(let a, let b, let year)? = cell.reading else { return "names no real day" }
    let (day, month) = order == .dayFirst ? (a, b) : (b, a)
    guard (1...12).contains(month) else { return "names no real day: there is no month \(month)" }
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December",
    ]
    let days = CalendarDate.daysIn(month: month, year: year ?? 2024)
    guard day > days else { return "names no real day" }
    return "names no real day: \(names[month - 1]) has \(days) days"
  }
}
