/// WL505: consecutive weeks' task dates overlap, or a week's dates come before the previous week's.
public struct WeeksOverlapRule: LintRule {
  public init() {}
  public let description = RuleDescription(
    code: "WL505", name: "weeks-overlap", severity: .warning,
    summary: "A week's task dates overlap the previous week's by more than a day, or lie wholly before them.",
    rationale: """
      Each week covers its own days. When week 4's tasks start before week 3's have ended, or \
      week 4 lies entirely before week 3, a table was copied without changing its dates, or the \
      folders are numbered out of order. A week's span runs from its first to its last task \
      date, leaving out dates more than ten days from the rest (a single mistyped date is the \
      task table rules' business); one shared day, such as a task carried over a weekend, is \
      allowed. Weeks are compared per language, each with the previous week that has a page.
      """,
    triggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 6 | Add a NAT gateway | 26/09/2025 | 26/09/2025 |

          """),
        ("site/content/1-Worklog/1.4-Week4/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 5 | Launch an EC2 instance | ↓25/09/2025 | 25/09/2025 |
          | 2 | Attach an EBS volume | 29/09/2025 | 29/09/2025 |

          """),
      ]),
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |

          """),
        ("site/content/1-Worklog/1.4-Week4/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Launch an EC2 instance | ↓15/09/2025 | 15/09/2025 |

          """),
      ]),
    ],
    nonTriggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 6 | Read about VPC peering | 26/09/2025 | 29/09/2025 |

          """),
        ("site/content/1-Worklog/1.4-Week4/_index.md", """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Launch an EC2 instance | 29/09/2025 | 29/09/2025 |
          | 3 | Attach an EBS volume | 30/09/2025 | 30/09/2025 |
          | 4 | Take an EBS snapshot | 01/10/2025 | 01/10/2024 |

          """),
      ])
    ])

  public func check(site: Site, context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let pages = site.weeks.filter { $0.trustedWeek != nil && !$0.isDraft }
    for (_, inLanguage) in Dictionary(grouping: pages, by: { $0.language.code }) {
      let byWeek = Dictionary(grouping: inLanguage) { $0.trustedWeek ?? 0 }
      var previous: (week: Int, page: Worklog, span: ClosedRange<CalendarDate>)?
      for week in byWeek.keys.sorted() {
        guard let same = byWeek[week], same.count == 1, let page = same.first, let span = page.tasks?.coreDateRange else {
          // Two pages of one week (week-duplicate) or none with dates: no order to check across it.
          if byWeek[week]?.count ?? 0 > 1 { previous = nil }
          continue
        }
        if let p = previous, let d = compare(p.week, p.span, week, page, span) { out.append(d) }
        previous = (week, page, span)
      }
    }
    return out
  }

  private func compare(
    _ earlierWeek: Int, _ earlier: ClosedRange<CalendarDate>, _ week: Int, _ page: Worklog, _ span: ClosedRange<CalendarDate>
  ) -> Diagnostic? {
    guard let rows = page.tasks?.rows else { return nil }
    if span.upperBound < earlier.lowerBound {
      let row = rows.first { $0.startDate.map(span.contains) ?? false }
      return finding(page.source, row?.start?.raw.range ?? page.source.range(ofLine: page.tasks?.lines.lowerBound ?? 1),
        "week \(week) (\(Diagnostic.describe(span))) lies before week \(earlierWeek) (\(Diagnostic.describe(earlier)))",
        fix: "Check the dates of week \(week), or the week numbers of the two folders.")
    }
    // One shared day is a task carried over; two or more are an overlap.
    guard span.lowerBound.days(to: earlier.upperBound) >= 1 else { return nil }
    let row = rows.first { r in r.startDate.map { span.contains($0) && $0 <= earlier.upperBound } ?? false }
    return finding(page.source, row?.start?.raw.range ?? page.source.range(ofLine: page.tasks?.lines.lowerBound ?? 1),
      "week \(week) starts \(span.lowerBound), before week \(earlierWeek) ends (\(earlier.upperBound))",
      fix: "Check the dates of week \(week): tasks already in week \(earlierWeek) belong on its page.")
  }
}
