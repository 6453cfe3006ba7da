/// WL504: the same row of two twins has different dates.
struct TwinDatesDisagreeRule: LintRule {
  let description = RuleDescription(
    code: "WL504", name: "twin-dates-disagree", severity: .warning,
    summary: "A task row has a different start or completion date in the English and Vietnamese pages of a week.",
    rationale: """
      Twins describe the same days. When the same row has different dates, one twin was edited \
      and the other not, or a date was mistyped while translating. Rows are compared by position, \
      so only twins with the same number of rows are compared, and only dates both twins give; \
      `11/10/2025` read in opposite orders by the two tables is an order mix-up, not another day. \
      The second twin in path order (usually the translation) is reported, at the differing cell, \
      once per row; when every row differs, once for the table.
      """,
    triggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Sketch the VPC | 22/09/2025 | 22/09/2025 |
          | 3 | Add a NAT gateway | 23/09/2025 | 24/09/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.vi.md",
          """
          | Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |
          | --- | --------- | ------------ | --------------- |
          | 2 | Phác thảo VPC | 22/09/2025 | 22/09/2025 |
          | 3 | Thêm NAT gateway | 23/09/2025 | ↓23/09/2025 |

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
          | Tue | Sketch the VPC | 09/23/2025 | 09/23/2025 |
          | Wed | Add a NAT gateway | 09/24/2025 | - |

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.vi.md",
          """
          | Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |
          | --- | --------- | ------------ | --------------- |
          | 3 | Phác thảo VPC | 23/09/2025 | 23/09/2025 |
          | 4 | Thêm NAT gateway | 24/09/2025 | 25/09/2025 |

          """
        ),
      ])
    ])

  func check(site: Site, context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for (first, second) in context.twinPairs(of: site) {
      guard let a = first.tasks, let b = second.tasks, a.rows.count == b.rows.count else { continue }
      let other = site.languageName(of: first)
      var compared = 0
      var differing: [(start: Bool, end: Bool, theirs: TaskEntry, mine: TaskEntry)] = []
      for (x, y) in zip(a.rows, b.rows) {
        let start = Self.compare(x.start, y.start, end: false)
        let end = Self.compare(x.end, y.end, end: true)
        if start != nil || end != nil { compared += 1 }
        if start == false || end == false { differing.append((start == false, end == false, x, y)) }
      }
      guard let firstDiff = differing.first, let cell = firstDiff.start ? firstDiff.mine.start : firstDiff.mine.end
      else { continue }
      // Every row differs: one twin was dated for another week; one finding says it all.
      if compared >= 3 && differing.count == compared {
        let spans = [b.coreDateRange, a.coreDateRange].map { $0.map(Diagnostic.describe) ?? "no dates" }
        out.append(
          finding(
            second.source, cell.raw.range,
            "the dates of all \(compared) rows differ from the \(other) twin's (\(spans[0]) here, \(spans[1]) there)",
            fix: "Check which language version has the right days, and copy its dates to the other."))
        continue
      }
      for d in differing {
        guard let cell = d.start ? d.mine.start : d.mine.end else { continue }
        let what = d.start && d.end ? "start and completion dates" : d.start ? "start date" : "completion date"
        let mine = Self.describe(d.start ? d.mine.startDate : nil, d.end ? d.mine.endDate : nil)
        let theirs = Self.describe(d.start ? d.theirs.startDate : nil, d.end ? d.theirs.endDate : nil)
        out.append(
          finding(
            second.source, cell.raw.range,
            "\(what) \(mine) differ\(d.start && d.end ? "" : "s") from the \(other) twin's \(theirs)",
            fix: "Check the days of this task and write the same dates in both language versions."))
      }
    }
    return out
  }

  /// Whether two cells agree: nil when either holds no date, false when no reading of one is a
  /// reading of the other. Reading both orders keeps a date-order mix-up (`11/10` read
  /// differently by two tables) from counting as different days; twins-date-order-differ and
  /// the task table rules report those.
  static func compare(_ x: DateCell?, _ y: DateCell?, end: Bool) -> Bool? {
    guard let x, let y, let dx = x.date, let dy = y.date else { return nil }
    // The days as read are a reading of each: when they are one day (most twins), no set is built.
    if (end ? (x.rangeEnd ?? dx) : dx) == (end ? (y.rangeEnd ?? dy) : dy) { return true }
    return !readings(x, end: end).isDisjoint(with: readings(y, end: end))
  }

  /// The days a cell may mean: as read, and in the other day/month order where that is a day.
  static func readings(_ cell: DateCell, end: Bool) -> Set<CalendarDate> {
    guard let date = cell.date else { return [] }
    var out: Set<CalendarDate> = [end ? (cell.rangeEnd ?? date) : date]
    if let reading = cell.reading {
      for order in [DateOrder.dayFirst, .monthFirst] {
        let (a, b, _) = reading.resolve(order: order, defaultYear: date.year)
        if let d = end ? (b ?? a) : a { out.insert(d) }
      }
    }
    return out
  }

  /// `2025-09-22`, or `2025-09-22 … 2025-09-23` for a start and a completion.
  static func describe(_ start: CalendarDate?, _ end: CalendarDate?) -> String {
    switch (start, end) {
    case (let s?, let e?): return "\(s) … \(e)"
    case (let s?, nil): return "\(s)"
    case (nil, let e?): return "\(e)"
    case (nil, nil): return "?"
    }
  }
}
