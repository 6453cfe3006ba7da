/// WL505: consecutive weeks' task dates overlap, or a week's dates come before the previous week's.
struct WeeksOverlapRule: LintRule {
  let description = RuleDescription(
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
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 6 | Add a NAT gateway | 26/09/2025 | 26/09/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.4-Week4/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 5 | Launch an EC2 instance | ↓25/09/2025 | 25/09/2025 |
          | 2 | Attach an EBS volume | 29/09/2025 | 29/09/2025 |

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

          """
        ),
        (
          "site/content/1-Worklog/1.4-Week4/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Launch an EC2 instance | ↓15/09/2025 | 15/09/2025 |

          """
        ),
      ]),
    ],
    nonTriggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 6 | Read about VPC peering | 26/09/2025 | 29/09/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.4-Week4/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Launch an EC2 instance | 29/09/2025 | 29/09/2025 |
          | 3 | Attach an EBS volume | 30/09/2025 | 30/09/2025 |
          | 4 | Take an EBS snapshot | 01/10/2025 | 01/10/2024 |

          """
        ),
      ])
    ])

  func check(site: Site, context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    // The pages grouped by index: only a page that is weighed is copied (into `Dated`).
    let weeks = site.weeks
    let pages = weeks.indices.filter { weeks[$0].trustedWeek != nil && !weeks[$0].isDraft }
    for (_, inLanguage) in Dictionary(grouping: pages, by: { site.languageCode(ofWeekAt: $0) }) {
      let byWeek = Dictionary(grouping: inLanguage) { weeks[$0].trustedWeek ?? 0 }
      // Runs of weeks with one dated page each; a week with two pages (week-duplicate) breaks the run.
      var runs: [[Dated]] = [[]]
      for week in byWeek.keys.sorted() {
        guard let same = byWeek[week], same.count == 1, let index = same.first else {
          runs.append([])
          continue
        }
        if let span = weeks[index].tasks?.coreDateRange {
          runs[runs.count - 1].append(Dated(week: week, page: weeks[index], span: span))
        }
      }
      for run in runs where run.count >= 2 {
        for i in 1..<run.count {
          if let d = compare(run, i) { out.append(d) }
        }
      }
    }
    return out
  }

  /// A week's one page in a language and the days its tasks cover.
  struct Dated {
    var week: Int
    var page: Worklog
    var span: ClosedRange<CalendarDate>
  }

  /// Week `i` of a run against the week before it.
  private func compare(_ run: [Dated], _ i: Int) -> Diagnostic? {
    let (a, b) = (run[i - 1], run[i])
    if b.span.upperBound < a.span.lowerBound {
      // The earlier week is the odd one when it also lies after the week that follows and
      // nothing before it vouches for its dates (a first week dated from the template).
      let vouched = i >= 2 && run[i - 2].span.upperBound < a.span.lowerBound
      if !vouched, i + 1 < run.count, run[i + 1].span.upperBound < a.span.lowerBound {
        return finding(
          a.page.source, firstCell(a.page, in: a.span),
          "week \(a.week) (\(Diagnostic.describe(a.span))) lies after week \(b.week) (\(Diagnostic.describe(b.span)))",
          fix: "Check the dates of week \(a.week), or the week numbers of the folders.")
      }
      return finding(
        b.page.source, firstCell(b.page, in: b.span),
        "week \(b.week) (\(Diagnostic.describe(b.span))) lies before week \(a.week) (\(Diagnostic.describe(a.span)))",
        fix: "Check the dates of week \(b.week), or the week numbers of the two folders.")
    }
    // One shared day is a task carried over; two or more are an overlap.
    guard b.span.lowerBound.days(to: a.span.upperBound) >= 1 else { return nil }
    let row = b.page.tasks?.rows.first { r in
      r.startDate.map { b.span.contains($0) && $0 <= a.span.upperBound } ?? false
    }
    return finding(
      b.page.source, row?.start?.raw.range ?? firstCell(b.page, in: b.span),
      "week \(b.week) starts \(b.span.lowerBound), before week \(a.week) ends (\(a.span.upperBound))",
      fix: "Check the dates of week \(b.week): tasks already in week \(a.week) belong on its page.")
  }

  /// The first start cell dated within `span`, else the table's first line.
  private func firstCell(_ page: Worklog, in span: ClosedRange<CalendarDate>) -> SourceRange {
    let row = page.tasks?.rows.first { $0.startDate.map(span.contains) ?? false }
    return row?.start?.raw.range ?? page.source.range(ofLine: page.tasks?.lines.lowerBound ?? 1)
  }
}
