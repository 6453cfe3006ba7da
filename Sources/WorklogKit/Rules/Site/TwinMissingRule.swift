/// WL507: a week lacks the page of a language the site is written in.
struct TwinMissingRule: LintRule {
  let description = RuleDescription(
    code: "WL507", name: "twin-missing", severity: .note,
    summary: "A week has no page in one of the site's languages.",
    rationale: """
      A bilingual site shows the week in one language and a missing page in the other. The \
      languages expected are `languages` in .worklog.json; without it, a language counts as \
      expected when at least half of the site's weeks (and at least two) have a page in it, so \
      a site written in one language is never asked for twins. Reported on the week's page, \
      once per missing language.
      """,
    triggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.1-Week1/_index.md", "### Week 1 Objectives:\n"),
        ("site/content/1-Worklog/1.1-Week1/_index.vi.md", "### Mục tiêu tuần 1:\n"),
        ("site/content/1-Worklog/1.2-Week2/_index.md", "### Week 2 Objectives:\n"),
        ("site/content/1-Worklog/1.2-Week2/_index.vi.md", "### Mục tiêu tuần 2:\n"),
        ("site/content/1-Worklog/1.3-Week3/_index.md", "↓### Week 3 Objectives:\n"),
      ])
    ],
    nonTriggering: [
      RuleExample(files: [
        ("site/content/1-Worklog/1.1-Week1/_index.vi.md", "### Mục tiêu tuần 1:\n"),
        ("site/content/1-Worklog/1.2-Week2/_index.vi.md", "### Mục tiêu tuần 2:\n"),
        ("site/content/1-Worklog/1.3-Week3/_index.vi.md", "### Mục tiêu tuần 3:\n"),
      ]),
      RuleExample(files: [
        ("site/content/1-Worklog/1.1-Week1/_index.md", "### Week 1 Objectives:\n"),
        ("site/content/1-Worklog/1.2-Week2/_index.md", "### Week 2 Objectives:\n"),
        ("site/content/1-Worklog/1.3-Week3/_index.md", "### Week 3 Objectives:\n"),
        ("site/content/1-Worklog/1.3-Week3/_index.vi.md", "### Mục tiêu tuần 3:\n"),
      ]),
    ])

  func check(site: Site, context: LintContext) -> [Diagnostic] {
    let byWeek = site.weekIndexesByWeek
    guard !byWeek.isEmpty else { return [] }
    // Each week's languages worked out once, by index.
    let languages = byWeek.mapValues { pages in Set(pages.map { site.languageCode(ofWeekAt: $0) }) }
    let expected: [String]
    if let configured = context.configuration.languages {
      expected = configured
    } else {
      let weeksIn = Dictionary(
        grouping: languages.flatMap { w, have in have.map { ($0, w) } }
      ) { $0.0 }
      expected = weeksIn.filter { $0.value.count >= 2 && $0.value.count * 2 >= byWeek.count }.map(\.key).sorted()
      guard expected.count >= 2 else { return [] }
    }
    var out: [Diagnostic] = []
    for week in byWeek.keys.sorted() {
      guard let pages = byWeek[week], let first = pages.first else { continue }
      let page = site.weeks[first]
      let have = languages[week] ?? []
      for language in expected where !have.contains(language) {
        let name = Worklog.languageName(language)
        let file = expectedFile(language, like: page, in: site).map { " (\($0))" } ?? ""
        out.append(
          findingAtTop(
            page, "week \(week) has no \(name) page",
            fix: "Add the \(name) version of week \(week)\(file), translated from this page."))
      }
    }
    return out
  }

  /// The file name the missing twin would have, learnt from a week that has both languages.
  private func expectedFile(_ language: String, like page: Worklog, in site: Site) -> String? {
    func name(_ p: Worklog) -> Substring { p.path.pathComponents().last ?? "" }
    for week in site.weekNumbers {
      let code = site.languageCode(of: page)
      let pages = site.weekIndexes(week: week)
      guard let mine = pages.first(where: { site.languageCode(ofWeekAt: $0) == code }).map({ site.weeks[$0] }),
        let theirs = pages.first(where: { site.languageCode(ofWeekAt: $0) == language }).map({ site.weeks[$0] }),
        name(mine) == name(page), name(mine) != name(theirs),
        mine.path.dropLast(name(mine).count) == theirs.path.dropLast(name(theirs).count)
      else { continue }
      return "`\(name(theirs))`"
    }
    return nil
  }
}
