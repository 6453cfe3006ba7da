/// What only the whole cohort shows: the weeks a site without configuration is expected to
/// have (the cohort's, not its own highest), and weeks copied from another site.
enum CohortChecks {
  /// Every check, on the sites of a cohort (in any order).
  static func apply(_ sites: [TermSummary]) -> [TermSummary] {
    crossSiteCopies(expectCohortWeeks(sites))
  }

  /// Sites whose expected weeks come from their own highest week are expected, in a cohort of
  /// two sites or more, up to the highest week at least two sites reached: a site that stopped
  /// at week 7 while its peers went on to 12 misses weeks 8 to 12. One site's stray week 40
  /// does not move the others.
  static func expectCohortWeeks(_ sites: [TermSummary]) -> [TermSummary] {
    var highest: [String: Int] = [:]
    for term in sites {
      guard
        let last = term.weeks.filter(\.isPresent).map(\.week).filter({ $0 <= SummaryBuilder.highestFilledWeek })
          .max()
      else { continue }
      highest[term.site.root] = max(highest[term.site.root] ?? last, last)
    }
    guard highest.count >= 2 else { return sites }
    let reached = highest.values.sorted(by: >)
    let cohortHighest = reached[1]
    return sites.map { term in
      guard term.expected.source == .site, let range = term.expected.range, range.upperBound < cohortHighest else {
        return term
      }
      let expected = ExpectedWeeks(
        range: range.lowerBound...cohortHighest, source: .cohort,
        detail: "the highest week at least two sites of the cohort reached, \(cohortHighest)")
      let have = Set(term.weeks.map(\.week))
      let added = (range.upperBound + 1...cohortHighest).filter { !have.contains($0) }.map { WeekSummary.missing($0) }
      return term.replacing(weeks: term.weeks + added, expected: expected)
    }
  }

  /// A week of one site with at least `tellingRows` task rows, at least half of them, the same
  /// (normalised, as `WeekCopies` compares) as a week of another site in the same language is
  /// copied: from it, or both from a common source. Only the first `WeekCopies.candidateLimit`
  /// weeks holding a text are weighed, so a phrase every intern writes costs no more than that.
  static func crossSiteCopies(_ sites: [TermSummary]) -> [TermSummary] {
    // The weeks compared, in site and week order, each text numbered once: the loop below
    // counts shared texts by number, with no text hashed or compared again.
    struct Compared {
      var site: Int
      var week: Int
      /// The site's root, numbered (`roots`).
      var root: Int
      var texts: [Int]
      var rows: Int
      var language: String?
    }
    var compared: [Compared] = []
    var numbers: [FoldedText: Int] = [:]
    var holders: [[Int]] = []  // by text number: the compared weeks holding it, in order
    var roots: [String: Int] = [:]
    for s in sites.indices {
      let root = roots[sites[s].site.root, default: roots.count]
      roots[sites[s].site.root] = root
      for w in sites[s].weeks.indices where compares(sites[s].weeks[w]) {
        let week = sites[s].weeks[w]
        let texts = week.tellingTexts ?? tellingTexts(week)
        guard texts.count >= tellingRows else { continue }
        var mine: [Int] = []
        mine.reserveCapacity(texts.count)
        for text in texts {
          let n = numbers[text, default: numbers.count]
          if n == holders.count {
            numbers[text] = n
            holders.append([])
          }
          holders[n].append(compared.count)
          mine.append(n)
        }
        compared.append(
          Compared(site: s, week: w, root: root, texts: mine, rows: week.taskCount, language: week.language))
      }
    }
    var out = sites
    var changed: Set<Int> = []
    // Texts shared with each other compared week, counted in one array reset after each week.
    var shared = [Int](repeating: 0, count: compared.count)
    var touched: [Int] = []
    for mine in compared {
      for text in mine.texts {
        for other in holders[text].prefix(WeekCopies.candidateLimit)
        where compared[other].root != mine.root && compared[other].language == mine.language {
          if shared[other] == 0 { touched.append(other) }
          shared[other] += 1
        }
      }
      // The best copy: most texts shared, then the first in site and week order.
      var best: Int?
      var copiedSites: Set<Int> = []
      for other in touched where shared[other] >= tellingRows && shared[other] * 2 >= mine.rows {
        copiedSites.insert(compared[other].site)
        if let b = best, shared[b] > shared[other] || (shared[b] == shared[other] && b < other) { continue }
        best = other
      }
      defer {
        for other in touched { shared[other] = 0 }
        touched.removeAll(keepingCapacity: true)
      }
      guard let best else { continue }
      let source = sites[compared[best].site]
      let others = copiedSites.count
      let same =
        "\(shared[best]) of \(mine.rows) task rows the same as \(source.displayName)'s week \(source.weeks[compared[best].week].week)"
      // Rows that three sites or more share are the program template's sample week, left in.
      let reason =
        others >= templateSites - 1
        ? WeekReason(state: .template, text: "the template's sample week: \(same) and on \(others - 1) other sites")
        : WeekReason(state: .copied, text: same)
      out[mine.site].weeks[mine.week].add(reason)
      changed.insert(mine.site)
    }
    // Totals are worked out again only where a week changed.
    for s in changed { out[s] = out[s].replacing(weeks: out[s].weeks) }
    return out
  }

  /// Whether `crossSiteCopies` compares `week` with other sites' weeks: not a missing week or
  /// the template.
  static func compares(_ week: WeekSummary) -> Bool { week.state != .missing && week.state != .template }

  /// The task texts of `week` that can tell a copy: normalised as `WeekCopies` compares them,
  /// at least `WeekCopies.tellingLength` characters long.
  ///
  /// Kept as `FoldedText`s in NFC (`canonical`), which are equal exactly when their `String`s
  /// are: no `String` is made, and none hashed (a text outside ASCII is put in NFC to be hashed).
  static func tellingTexts(_ week: WeekSummary) -> Set<FoldedText> {
    var texts = Set<FoldedText>()
    for task in week.tasks {
      let text = FoldedText(task.text)
      if text.isTelling { texts.insert(text.canonical) }
    }
    return texts
  }

  /// Sites sharing the same rows (this one included) that make them the template's, not a copy.
  static let templateSites = 3
  /// Rows a cross-site copy shares at least.
  static let tellingRows = 3
}
