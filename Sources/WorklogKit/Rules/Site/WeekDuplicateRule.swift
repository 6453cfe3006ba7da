/// WL502: two pages hold the same week in the same language.
struct WeekDuplicateRule: LintRule {
  let description = RuleDescription(
    code: "WL502", name: "week-duplicate", severity: .error,
    summary: "Two pages hold the same week in the same language.",
    rationale: """
      Hugo publishes both, so the menu shows the week twice and readers cannot tell which page \
      is current: usually a leftover copy (`_index2.md`, a stray `_index.vi.md`) or a folder \
      named after the wrong week. The page named the way the site names its other pages is kept \
      and the others are reported (in path order when nothing tells them apart). The weeks of \
      one whole-term page are not duplicates of each other, and an unsuffixed page whose text \
      reads as English beside an `.en.md` page is taken for the Vietnamese twin.
      """,
    triggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", "### Week 3 Objectives:\n"),
        ("site/content/1-Worklog/1.3-Week3b/_index.md", "↓### Week 3 Objectives:\n"),
      ]),
      RuleExample(files: [
        ("site/content/1-Worklog/1.12-Week12/_index2.vi.md", "### Mục tiêu tuần 12:\n"),
        ("site/content/1-Worklog/1.13-Week13/_index.vi.md", "↓### Mục tiêu tuần 13:\n"),
        ("site/content/1-Worklog/1.13-Week13/_index2.vi.md", "### Mục tiêu tuần 13:\n"),
      ]),
    ],
    nonTriggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", "### Week 3 Objectives:\n"),
        ("site/content/1-Worklog/1.3-Week3/_index.vi.md", "### Mục tiêu tuần 3:\n"),
      ]),
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.en.md", "### Week 3 Objectives:\n"),
        ("site/content/1-Worklog/1.3-Week3/_index.md", "### Week 3 Objectives:\n\n* Learn VPC basics.\n"),
      ]),
    ])

  func check(site: Site, context: LintContext) -> [Diagnostic] {
    // Only a week with two pages in one language can have a duplicate; most sites have none,
    // and then no file name is worked out at all.
    guard site.weekIndexesByWeek.values.contains(where: { Self.sharesLanguage($0, site) }) else { return [] }
    var out: [Diagnostic] = []
    // How many week pages of each language have each file name: the site's naming convention.
    var usual: [String: [Substring: Int]] = [:]
    // Each path's file name worked out once (splitting a path is dearer than looking it up).
    var names: [String: Substring] = [:]
    let weeks = site.weeks
    names.reserveCapacity(weeks.count)
    for i in weeks.indices {
      let name = Self.fileName(weeks[i])
      names[weeks[i].path] = name
      usual[site.languageCode(ofWeekAt: i), default: [:]][name, default: 0] += 1
    }
    for (week, indexes) in site.weekIndexesByWeek.sorted(by: { $0.key < $1.key }) {
      let pages = indexes.map { weeks[$0] }
      // The week's pages grouped and ordered by index: no page copied into the groups.
      for (language, same) in Dictionary(grouping: pages.indices, by: { site.languageCode(ofWeekAt: indexes[$0]) }) {
        let usual = usual[language] ?? [:]
        // Each page's count looked up once, not in every comparison of the sort.
        let counts = same.map { usual[names[pages[$0].path] ?? Self.fileName(pages[$0])] ?? 0 }
        let ordered = same.indices.sorted { a, b in
          counts[a] != counts[b] ? counts[a] > counts[b] : a < b
        }.map { same[$0] }
        var kept: [Int] = []
        // The weeks of one whole-term file share its path; they are not duplicates of each other.
        for i in ordered where !kept.contains(where: { pages[$0].path == pages[i].path }) {
          if let first = kept.first {
            out.append(
              findingAtTop(
                pages[i],
                "week \(week) already has a \(Worklog.languageName(language)) page: \(site.relativePath(pages[first]))",
                fix: "Delete the page that is not current, or move it to the folder of the week it describes."))
          }
          kept.append(i)
        }
      }
    }
    return out
  }

  /// Whether two of the week pages at `indexes` (of the site's weeks) are in one language.
  static func sharesLanguage(_ indexes: [Int], _ site: Site) -> Bool {
    guard indexes.count > 1 else { return false }
    for a in indexes.indices {
      for b in indexes.indices[(a + 1)...]
      where site.languageCode(ofWeekAt: indexes[a]) == site.languageCode(ofWeekAt: indexes[b]) {
        return true
      }
    }
    return false
  }

  /// The last non-empty part of the page's path.
  static func fileName(_ page: Worklog) -> Substring {
    page.path.pathComponents().last ?? ""
  }
}
