/// WL502: two pages hold the same week in the same language.
public struct WeekDuplicateRule: LintRule {
  public init() {}
  public let description = RuleDescription(
    code: "WL502", name: "week-duplicate", severity: .error,
    summary: "Two pages hold the same week in the same language.",
    rationale: """
      Hugo publishes both, so the menu shows the week twice and readers cannot tell which page \
      is current: usually a leftover copy (`_index2.md`, a stray `_index.vi.md`) or a folder \
      named after the wrong week. Every page after the first in path order is reported. The \
      weeks of one whole-term page are not duplicates of each other; a page whose language was \
      only guessed from its text is not compared with one in the same folder, since it is \
      probably the other language's twin.
      """,
    triggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.3-Week3/_index.md", "### Week 3 Objectives:\n"),
        ("site/content/1-Worklog/1.3-Week3b/_index.md", "↓### Week 3 Objectives:\n"),
      ]),
      RuleExample(files: [
        ("site/content/1-Worklog/1.13-Week13/_index.vi.md", "### Mục tiêu tuần 13:\n"),
        ("site/content/1-Worklog/1.13-Week13/_index2.vi.md", "↓### Mục tiêu tuần 13:\n"),
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

  public func check(site: Site, context: LintContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for (week, pages) in site.pagesByWeek.sorted(by: { $0.key < $1.key }) {
      for (_, same) in Dictionary(grouping: pages, by: { $0.language.code }) {
        var kept: [Worklog] = []
        for page in same where !kept.contains(where: { !Self.distinct($0, page) }) {
          if let first = kept.first {
            out.append(findingAtTop(page, "week \(week) already has a \(page.languageName) page: \(site.relativePath(first))",
              fix: "Delete the page that is not current, or move it to the folder of the week it describes."))
          }
          kept.append(page)
        }
      }
    }
    return out
  }

  /// Whether two pages of one week and language are really two pages: not weeks of one
  /// whole-term file, and not a text-guessed language beside a twin in the same folder.
  static func distinct(_ a: Worklog, _ b: Worklog) -> Bool {
    if a.path == b.path { return false }
    if a.language.source == .text || b.language.source == .text, folder(a.path) == folder(b.path) { return false }
    return true
  }

  private static func folder(_ path: String) -> Substring {
    path.lastIndex(of: "/").map { path[..<$0] } ?? ""
  }
}
