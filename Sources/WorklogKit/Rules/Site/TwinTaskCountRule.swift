/// WL503: the two language versions of a week have task tables of different lengths.
public struct TwinTaskCountRule: LintRule {
  public init() {}
  public let description = RuleDescription(
    code: "WL503", name: "twin-task-count", severity: .warning,
    summary: "The English and Vietnamese pages of a week have task tables with different numbers of rows.",
    rationale: """
      Twins are translations of each other; a row in one language only is a task the other \
      readers never see, and usually one twin was updated and the other forgotten. Reported on \
      the twin with fewer rows, at its table's header, since rows are more often left out than \
      made up. Pages without a task table, or with an empty one, are left to the task table rules.
      """,
    triggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 3 | Add a NAT gateway | 23/09/2025 | 23/09/2025 |

          """),
        ("site/content/1-Worklog/1.3-Week3/_index.vi.md", """
          ↓| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |
          | --- | --------- | ------------ | --------------- |
          | 2 | Phác thảo VPC | 22/09/2025 | 22/09/2025 |

          """),
      ])
    ],
    nonTriggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |

          """),
        ("site/content/1-Worklog/1.3-Week3/_index.vi.md", """
          | Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |
          | --- | --------- | ------------ | --------------- |
          | 2 | Phác thảo VPC | 22/09/2025 | 22/09/2025 |

          """),
      ]),
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |

          """),
        ("site/content/1-Worklog/1.3-Week3/_index.vi.md", "Thứ hai: phác thảo VPC.\n"),
      ]),
    ])

  public func check(site: Site, context: LintContext) -> [Diagnostic] {
    site.twinPairs.compactMap { pair in
      guard let a = pair.first.tasks, let b = pair.second.tasks, !a.rows.isEmpty, !b.rows.isEmpty,
        a.rows.count != b.rows.count
      else { return nil }
      let (short, long) = a.rows.count < b.rows.count ? (pair.first, pair.second) : (pair.second, pair.first)
      guard let table = short.tasks, let other = long.tasks else { return nil }
      let header = short.source.range(ofLine: table.lines.lowerBound)
      return finding(short.source, header,
        "the task table has \(table.rows.count) row\(table.rows.count == 1 ? "" : "s") but the \(long.languageName) twin's has \(other.rows.count)",
        fix: "Give both language versions of week \(short.trustedWeek ?? 0) the same tasks, one row per task.")
    }
  }
}
