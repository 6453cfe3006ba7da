/// WL206: a week's objectives or task rows are the same as another week's.
struct CopiedFromAnotherWeekRule: LintRule {
  let description = RuleDescription(
    code: "WL206", name: "copied-from-another-week", severity: .warning,
    summary: "A week's objectives list, or most of its task rows, are the same as another week's in the same language.",
    rationale: """
      Interns start a week by copying the previous one (or the template's sample week) and do not \
      always rewrite it. Two weeks with the same objectives (two or more items), or with at least \
      half their task rows (two or more) the same, almost always mean a week was never written. \
      The later week is reported, at the first copied item. Text is compared with case, spacing \
      and punctuation ignored; drafts are skipped.
      """,
    triggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.2-Week2/_index.md",
          """
          ### Week 2 Objectives:

          * Get to know the team.
          * Set up an AWS account.

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          ### Week 3 Objectives:

          * ↓Get to know the team!
          * Set up an AWS account.

          """
        ),
      ]),
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.2-Week2/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Read the IAM user guide | 15/09/2025 | 15/09/2025 |
          | 3 | Create IAM users and groups | 16/09/2025 | 16/09/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | ↓Read the IAM user guide | 22/09/2025 | 22/09/2025 |
          | 3 | Create IAM users and groups | 23/09/2025 | 23/09/2025 |
          | 4 | Sketch a VPC with two subnets | 24/09/2025 | 24/09/2025 |

          """
        ),
      ]),
    ],
    nonTriggering: [
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.2-Week2/_index.md",
          """
          ### Week 2 Objectives:

          * Get to know the team.
          * Set up an AWS account.

          """
        ),
        (
          "site/content/1-Worklog/1.2-Week2/_index.vi.md",
          """
          ### Mục tiêu tuần 2:

          * Get to know the team.
          * Set up an AWS account.

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          ### Week 3 Objectives:

          * Get to know the team.
          * Sketch a VPC with two subnets.

          """
        ),
      ]),
      RuleExample(files: [
        (
          "site/content/1-Worklog/1.2-Week2/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Attend the weekly team meeting | 15/09/2025 | 15/09/2025 |
          | 3 | Create IAM users and groups | 16/09/2025 | 16/09/2025 |
          | 4 | Attach policies to the groups | 17/09/2025 | 17/09/2025 |

          """
        ),
        (
          "site/content/1-Worklog/1.3-Week3/_index.md",
          """
          | Day | Task | Start Date | Completion Date |
          | --- | ---- | ---------- | --------------- |
          | 2 | Attend the weekly team meeting | 22/09/2025 | 22/09/2025 |
          | 3 | Sketch a VPC with two subnets | 23/09/2025 | 23/09/2025 |
          | 4 | Add a NAT gateway | 24/09/2025 | 24/09/2025 |

          """
        ),
      ]),
    ])

  /// What one page offers for comparison, worked out once.
  struct Prints {
    var page: Worklog
    var week: Int
    var language: String
    /// Every objective item (nested ones too, groups left out), normalised, empty ones left out.
    var objectives: [String]
    /// Each task row's text, normalised.
    var tasks: [String]
    /// The task texts long enough to tell a copy from a common phrase (`Team meeting`).
    var telling: Set<String>
  }

  func check(site: Site, context: LintContext) -> [Diagnostic] {
    let prints = site.weeks.filter { $0.trustedWeek != nil && !$0.isDraft }.map { page in
      let tasks = (page.tasks?.rows ?? []).map { Self.normalized($0.task?.value.text ?? "") }
      return Prints(
        page: page, week: page.trustedWeek ?? 0, language: site.languageCode(of: page),
        objectives: page.objectives.items.map { Self.normalized($0.text) }.filter { !$0.isEmpty },
        tasks: tasks, telling: Set(tasks.filter { $0.count >= 12 }))
    }
    var out: [Diagnostic] = []
    for (_, inLanguage) in Dictionary(grouping: prints, by: \.language) {
      let ordered = inLanguage.sorted { $0.week < $1.week }
      // Indexes instead of a search of every earlier week for each page (quadratic in a site of
      // many pages): the first page with each objectives list, and the pages holding each
      // telling task text, in order.
      var firstWithObjectives: [[String]: Int] = [:]
      var holding: [String: [Int]] = [:]
      for (i, p) in ordered.enumerated() {
        if firstWithObjectives[p.objectives] == nil { firstWithObjectives[p.objectives] = i }
        for text in p.telling { holding[text, default: []].append(i) }
      }
      for p in ordered {
        let earlierWithObjectives = firstWithObjectives[p.objectives].map { ordered[$0] }.flatMap {
          $0.week < p.week ? $0 : nil
        }
        if let d = copiedObjectives(p, earlierWithObjectives) { out.append(d) }
        if let d = copiedTasks(p, ordered, holding) { out.append(d) }
      }
    }
    return out
  }

  /// `other` is the first earlier week with the same objectives, if any.
  private func copiedObjectives(_ p: Prints, _ other: Prints?) -> Diagnostic? {
    guard p.objectives.count >= 2, let other,
      let first = p.page.objectives.items.first(where: { !Self.normalized($0.text).isEmpty })
    else { return nil }
    return finding(
      p.page.source, first.range, "the objectives are the same as week \(other.week)'s",
      fix: "Write the objectives of week \(p.week) itself; these were copied from week \(other.week).")
  }

  /// The earlier week sharing the most telling task rows, the first on a tie. Only the first
  /// `candidateLimit` pages holding a text are candidates for it, so a phrase in every week of a
  /// huge site costs no more than that.
  private func copiedTasks(_ p: Prints, _ ordered: [Prints], _ holding: [String: [Int]]) -> Diagnostic? {
    guard let rows = p.page.tasks?.rows, rows.count >= 2 else { return nil }
    var candidates = Set<Int>()
    for text in p.telling {
      for i in (holding[text] ?? []).prefix(Self.candidateLimit) where ordered[i].week < p.week { candidates.insert(i) }
    }
    var best: (week: Int, copied: [Int])?
    for i in candidates.sorted() {
      let other = ordered[i]
      let copied = p.tasks.indices.filter { other.telling.contains(p.tasks[$0]) && p.tasks[$0].count >= 12 }
      if copied.count >= 2, copied.count * 2 >= rows.count, copied.count > (best?.copied.count ?? 0) {
        best = (other.week, copied)
      }
    }
    guard let best, let firstIndex = best.copied.first else { return nil }
    let row = rows[firstIndex]
    return finding(
      p.page.source, row.task?.range ?? row.range,
      "\(best.copied.count) of \(rows.count) task rows are the same as in week \(best.week)",
      fix: "Write the tasks week \(p.week) actually had; these rows were copied from week \(best.week).")
  }

  /// How many pages holding one task text are weighed as its source (a site has a few dozen weeks).
  static let candidateLimit = 64

  /// Text folded for comparison: lower case, letters and digits only, single spaces.
  static func normalized(_ text: String) -> String {
    // Bytes, not characters: ASCII letters and digits and every non-ASCII byte (the letters of
    // Vietnamese) are kept, runs of anything else become one space. Both sides of a comparison
    // go through the same pass, so that is all equality needs.
    var out: [UInt8] = []
    var space = false
    for b in text.lowercased().utf8 {
      if b >= 0x80 || ByteText.isDigit(b) || (b >= 0x61 && b <= 0x7A) {
        if space && !out.isEmpty { out.append(0x20) }
        out.append(b)
        space = false
      } else {
        space = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
