/// WL504: the same row of two twins has different dates.
public struct TwinDatesDisagreeRule: LintRule {
  public init() {}
  public let description = RuleDescription(
    code: "WL504", name: "twin-dates-disagree", severity: .warning,
    summary: "A task row has a different start or completion date in the English and Vietnamese pages of a week.",
    rationale: """
      Twins describe the same days. When the same row has different dates, one twin was edited \
      and the other not, or a date was mistyped while translating. Rows are compared by position, \
      so only twins with the same number of rows are compared, and only dates both twins give. \
      The second twin in path order (usually the translation) is reported, at the differing cell.
      """,
    triggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 3 | Add a NAT gateway | 23/09/2025 | 24/09/2025 |

          """),
        ("site/content/1-Worklog/1.3-Week3/_index.vi.md", """
          | Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |
          | --- | --------- | ------------ | --------------- |
          | 2 | Phác thảo VPC | 22/09/2025 | 22/09/2025 |
          | 3 | Thêm NAT gateway | 23/09/2025 | ↓23/09/2025 |

          """),
      ])
    ],
    nonTriggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | Tue | Sketch the VPC | 09/23/2025 | 09/23/2025 |
          | Wed | Add a NAT gateway | 09/24/2025 | - |

          """),
        ("site/content/1-Worklog/1.3-Week3/_index.vi.md", """
          | Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |
          | --- | --------- | ------------ | --------------- |
          | 3 | Phác thảo VPC | 23/09/2025 | 23/09/2025 |
          | 4 | Thêm NAT gateway | 24/09/2025 | 25/09/2025 |

          """),
      ])
    ])

  public func check(site: Site, context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for (first, second) in site.twinPairs {
      guard let a = first.tasks?.rows, let b = second.tasks?.rows, a.count == b.count else { continue }
      for (x, y) in zip(a, b) {
        if let d1 = x.start?.date, let d2 = y.start?.date, d1 != d2, let cell = y.start {
          out.append(finding(second.source, cell.raw.range, "start date \(d2) differs from the \(first.languageName) twin's \(d1)",
            fix: "Check the day the task started and write the same date in both language versions."))
        }
        // Only completion cells that hold a date: a range in the start cell is not a completion date.
        if x.end?.date != nil, let cell = y.end, cell.date != nil, let e1 = x.endDate, let e2 = y.endDate, e1 != e2 {
          out.append(finding(second.source, cell.raw.range, "completion date \(e2) differs from the \(first.languageName) twin's \(e1)",
            fix: "Check the day the task was completed and write the same date in both language versions."))
        }
      }
    }
    return out
  }
}
