/// WL508: twins write their dates in opposite orders.
struct TwinsDateOrderDifferRule: LintRule {
  let description = RuleDescription(
    code: "WL508", name: "twins-date-order-differ", severity: .note,
    summary: "The English and Vietnamese pages of a week write dates in opposite orders (MM/DD and DD/MM).",
    rationale: """
      worklog reads each table in the order its own dates show, so nothing is misread; but a \
      reader comparing the twins sees `09/24/2025` in one and `24/09/2025` in the other, and \
      `05/10/2025` means a different day in each. Only tables whose order is shown by the table \
      itself (a day above 12, the weekdays, the span of the dates) count, not ones that took it \
      from the twin or assumed it. Reported on the twin that differs from `dateOrder` in \
      .worklog.json, or else on the month-first one, at a date that shows its order.
      """,
    triggering: [
      RuleExample(
        files: [
          (
            "site/content/1-Worklog/1.3-Week3/_index.md",
            """
            | Day | Task | Start Date | Completion Date |
            | --- | ---- | ---------- | --------------- |
            | 2 | Sketch the VPC | ↓09/22/2025 | 09/22/2025 |
            | 3 | Add a NAT gateway | 09/23/2025 | 09/24/2025 |

            """
          ),
          (
            "site/content/1-Worklog/1.3-Week3/_index.vi.md",
            """
            | Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |
            | --- | --------- | ------------ | --------------- |
            | 2 | Phác thảo VPC | 22/09/2025 | 22/09/2025 |
            | 3 | Thêm NAT gateway | 23/09/2025 | 24/09/2025 |

            """
          ),
        ],
        fixed: [
          (
            "site/content/1-Worklog/1.3-Week3/_index.md",
            """
            | Day | Task | Start Date | Completion Date |
            | --- | ---- | ---------- | --------------- |
            | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
            | 3 | Add a NAT gateway | 23/09/2025 | 24/09/2025 |

            """
          )
        ])
    ],
    nonTriggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Task | Start Date | Completion Date |
          | ---- | ---------- | --------------- |
          | Launch an EC2 instance | 10/06/2025 | 10/06/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.vi.md",
          """
          | Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |
          | --- | --------- | ------------ | --------------- |
          | 2 | Chạy một máy EC2 | 06/10/2025 | 06/10/2025 |

          """
        ),
      ])
    ])

  static let ownEvidence: Set<DateOrderEvidence> = [.fieldAbove12, .weekday, .span, .frontMatterDate]

  func check(site: Site, context: LintContext) -> [Diagnostic] {
    context.twinPairs(of: site).compactMap { pair in
      guard let a = pair.first.tasks?.dateOrder, let b = pair.second.tasks?.dateOrder, a.order != b.order,
        Self.ownEvidence.contains(a.evidence), Self.ownEvidence.contains(b.evidence)
      else { return nil }
      let expected = context.configuration.fixedDateOrder ?? .dayFirst
      let (odd, other) = a.order != expected ? (pair.first, pair.second) : (pair.second, pair.first)
      guard let table = odd.tasks, let order = table.dateOrder?.order else { return nil }
      let cell =
        Self.showingCell(table, order) ?? table.rows.lazy.compactMap { $0.start?.date != nil ? $0.start : nil }.first
      let range = cell?.raw.range ?? odd.source.range(ofLine: table.lines.lowerBound)
      return finding(
        odd.source, range,
        "dates are written \(Self.name(order)) here but \(Self.name(other.tasks?.dateOrder?.order ?? expected)) in the \(site.languageName(of: other)) twin",
        fix: "Write the dates of both language versions in one order, DD/MM/YYYY or YYYY-MM-DD.",
        autofix: orderFix(odd, to: other.tasks?.dateOrder?.order ?? expected))
    }
  }

  static func name(_ order: DateOrder) -> String { order == .dayFirst ? "day first (DD/MM)" : "month first (MM/DD)" }

  /// The first date cell whose fields can only be read in `order` (one above 12).
  static func showingCell(_ table: TaskTable, _ order: DateOrder) -> DateCell? {
    for row in table.rows {
      for cell in [row.start, row.end].compactMap({ $0 }) where cell.date != nil {
        let numbers = cell.raw.value.split { !$0.isNumber }.compactMap { Int($0) }
        guard numbers.count >= 2 else { continue }
        let shows = order == .dayFirst ? numbers[0] > 12 && numbers[1] <= 12 : numbers[1] > 12 && numbers[0] <= 12
        if shows { return cell }
      }
    }
    return nil
  }
}
