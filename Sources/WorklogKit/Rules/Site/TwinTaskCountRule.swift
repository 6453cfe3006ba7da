/// WL503: the two language versions of a week have task tables of different lengths.
struct TwinTaskCountRule: LintRule {
  let description = RuleDescription(
    code: "WL503", name: "twin-task-count", severity: .warning,
    summary: "The English and Vietnamese pages of a week have task tables with different numbers of rows.",
    rationale: """
      Twins are translations of each other; a row in one language only is a task the other \
      readers never see, and usually one twin was updated and the other forgotten. Reported on \
      the twin with fewer rows, at its table's header, since rows are more often left out than \
      made up. Pages without a task table, or with an empty one, are left to the task table rules; \
      a table whose one row holds the whole week is a layout, not missing tasks.
      """,
    triggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 3 | Add a NAT gateway | 23/09/2025 | 23/09/2025 |
          | 4 | Compare security groups and network ACLs | 24/09/2025 | 24/09/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.vi.md",
          """
          ↓| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |
          | --- | --------- | ------------ | --------------- |
          | 2 | Phác thảo VPC | 22/09/2025 | 22/09/2025 |
          | 3 | Thêm NAT gateway | 23/09/2025 | 23/09/2025 |

          """
        ),
      ])
    ],
    nonTriggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.vi.md",
          """
          | Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |
          | --- | --------- | ------------ | --------------- |
          | 2 | Phác thảo VPC | 22/09/2025 | 22/09/2025 |

          """
        ),
      ]),
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 3 | Add a NAT gateway | 23/09/2025 | 23/09/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.vi.md",
          """
          | Tuần | Ngày | Nội dung |
          | ---- | ---- | -------- |
          | 3 | 22/09/2025 - 26/09/2025 | - Phác thảo VPC<br>- Thêm NAT gateway |

          """
        ),
      ]),
    ])

  func check(site: Site, context: LintContext) -> [Diagnostic] {
    context.twinPairs(of: site).compactMap { pair in
      // A single row holds the whole week in one cell: a different layout, not missing tasks.
      // Tasks written in different shapes (a table of days, a list of items) are counted differently.
      guard let a = pair.first.tasks, let b = pair.second.tasks, a.rows.count > 1, b.rows.count > 1,
        a.rows.count != b.rows.count, (a.isTable && b.isTable) || a.kind == b.kind
      else { return nil }
      let (short, long) = a.rows.count < b.rows.count ? (pair.first, pair.second) : (pair.second, pair.first)
      guard let table = short.tasks, let other = long.tasks else { return nil }
      let header = short.source.range(ofLine: table.lines.lowerBound)
      return finding(
        short.source, header,
        "the task table has \(table.rows.count) rows but the \(site.languageName(of: long)) twin's has \(other.rows.count)",
        fix: "Give both language versions of week \(short.trustedWeek ?? 0) the same tasks, one row per task.")
    }
  }
}
