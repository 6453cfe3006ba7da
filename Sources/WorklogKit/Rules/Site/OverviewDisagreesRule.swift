/// WL506: the worklog's overview page gives a week dates its page does not have, or lists a
/// week that has no page.
struct OverviewDisagreesRule: LintRule {
  let description = RuleDescription(
    code: "WL506", name: "overview-disagrees", severity: .warning,
    summary:
      "The overview page gives a week a date range its tasks do not fall in, or lists a week after the last one.",
    rationale: """
      The overview (`1-Worklog/_index.md`) is the first page readers see. When it says week 3 ran \
      22/09–26/09 and week 3's tasks are dated a week later, one of the two is stale. Only lines \
      that name exactly one week (`Week 3`, `Tuần 3`) are read: a date range `DD/MM/YYYY - \
      DD/MM/YYYY` on the line is compared with the span of that week's task dates, allowing two \
      days either side; a week listed with a link or dates beyond the site's last week is \
      reported as having no page (gaps inside the sequence are week-missing's). The overview's \
      date order is taken from its own dates; when they cannot tell, both orders are tried.
      """,
    triggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/_index.md",
          """
          - [Week 3](1.3-week3/): ↓29/09/2025 - 03/10/2025
          - [↓Week 4](1.4-week4/): 29/09/2025 - 03/10/2025

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 6 | Add a NAT gateway | 26/09/2025 | 26/09/2025 |

          """
        ),
      ])
    ],
    nonTriggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/_index.md",
          """
          The internship ran from 08/09/2025 to 28/11/2025, weeks 1 to 12.

          **Week 3 (22/09/2025 - 28/09/2025):** [Networking](1.3-week3/)
          - Week 3 and Week 4 were spent on networking.
          - Week 9: the final project starts.

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 6 | Add a NAT gateway | 26/09/2025 | 26/09/2025 |

          """
        ),
      ])
    ])

  /// Days a week's tasks may run outside the range the overview gives.
  static let slack = 2

  func check(site: Site, context: LintContext) -> [Diagnostic] {
    let byWeek = site.weekIndexesByWeek
    let weeks = site.weeks
    guard let lastWeek = byWeek.keys.max() else { return [] }
    var out: [Diagnostic] = []
    for overview in site.overviews {
      let orders = ListedWeek.orders(overview.listedWeeks, configured: context.configuration.fixedDateOrder)
      for item in overview.listedWeeks {
        guard let pages = byWeek[item.week] else {
          if item.week > lastWeek, item.hasLink || item.range != nil {
            out.append(
              finding(
                overview.source, item.weekRange,
                "the overview lists week \(item.week), but the site's last week is \(lastWeek)",
                fix: "Add the page of week \(item.week), or remove it from the overview."))
          }
          continue
        }
        guard let range = item.range, !orders.isEmpty else { continue }
        let page =
          pages.first { site.languageCode(ofWeekAt: $0) == overview.language.code && !weeks[$0].isDraft }
          ?? pages.first { !weeks[$0].isDraft }
        guard let page, let span = weeks[page].tasks?.coreDateRange else { continue }
        let readings = orders.compactMap { range.read($0) }
        guard let stated = readings.first, !readings.contains(where: { Self.agrees($0, span) }) else { continue }
        out.append(
          finding(
            overview.source, range.range,
            "the overview gives week \(item.week) as \(Diagnostic.describe(stated)), but its tasks run \(Diagnostic.describe(span))",
            fix: "Correct the dates of week \(item.week) in the overview, or the task dates on its page."))
      }
    }
    return out
  }

  /// Whether a week's tasks fall within the stated range, give or take `slack` days.
  static func agrees(_ stated: ClosedRange<CalendarDate>, _ span: ClosedRange<CalendarDate>) -> Bool {
    span.lowerBound.days(to: stated.lowerBound) <= slack && stated.upperBound.days(to: span.upperBound) <= slack
  }
}
