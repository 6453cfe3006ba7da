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
    struct Key: Hashable {
      var site: Int
      var week: Int
    }
    // Each week's telling task texts, and the weeks holding each text.
    var telling: [Key: (texts: Set<String>, rows: Int, language: String?)] = [:]
    var holding: [String: [Key]] = [:]
    for (s, term) in sites.enumerated() {
      for (w, week) in term.weeks.enumerated() where week.state != .missing && week.state != .template {
        let texts = Set(
          week.tasks.map { WeekCopies.normalized($0.text) }.filter { $0.count >= WeekCopies.tellingLength })
        guard texts.count >= tellingRows else { continue }
        let key = Key(site: s, week: w)
        telling[key] = (texts, week.taskCount, week.language)
        for text in texts { holding[text, default: []].append(key) }
      }
    }
    var out = sites
    for (key, mine) in telling {
      var shared: [Key: Int] = [:]
      for text in mine.texts {
        for other in (holding[text] ?? []).prefix(WeekCopies.candidateLimit)
        where sites[other.site].site.root != sites[key.site].site.root && telling[other]?.language == mine.language {
          shared[other, default: 0] += 1
        }
      }
      let copies = shared.filter { $0.value >= tellingRows && $0.value * 2 >= mine.rows }
      guard
        let best = copies.max(by: { a, b in
          a.value != b.value ? a.value < b.value : (a.key.site, a.key.week) > (b.key.site, b.key.week)
        })
      else { continue }
      let other = sites[best.key.site]
      let others = Set(copies.keys.map(\.site)).count
      let same =
        "\(best.value) of \(mine.rows) task rows the same as \(other.displayName)'s week \(other.weeks[best.key.week].week)"
      // Rows that three sites or more share are the program template's sample week, left in.
      let reason =
        others >= templateSites - 1
        ? WeekReason(state: .template, text: "the template's sample week: \(same) and on \(others - 1) other sites")
        : WeekReason(state: .copied, text: same)
      out[key.site].weeks[key.week].add(reason)
    }
    return out.map { $0.replacing(weeks: $0.weeks) }
  }

  /// Sites sharing the same rows (this one included) that make them the template's, not a copy.
  static let templateSites = 3
  /// Rows a cross-site copy shares at least.
  static let tellingRows = 3
}
