import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Weeks copied from another site: the check that numbers each text once finds what the reading
/// keyed by the texts themselves found, on cohorts where sites share rows in many ways.
@Suite struct CrossSiteCopiesTests {
  typealias F = SummaryFixtures

  /// The reading before texts were numbered: weeks keyed by site and week, the weeks holding
  /// each text keyed by the text; every site's totals worked out again at the end.
  static func keyed(_ sites: [TermSummary]) -> [TermSummary] {
    struct Key: Hashable {
      var site: Int
      var week: Int
    }
    let rowsNeeded = CohortChecks.tellingRows
    var telling: [Key: (texts: Set<String>, rows: Int, language: String?)] = [:]
    var holding: [String: [Key]] = [:]
    for (s, term) in sites.enumerated() {
      for (w, week) in term.weeks.enumerated() where week.state != .missing && week.state != .template {
        let texts = Set(
          week.tasks.map { WeekCopies.normalized($0.text) }.filter { $0.count >= WeekCopies.tellingLength })
        guard texts.count >= rowsNeeded else { continue }
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
      let copies = shared.filter { $0.value >= rowsNeeded && $0.value * 2 >= mine.rows }
      guard
        let best = copies.max(by: { a, b in
          a.value != b.value ? a.value < b.value : (a.key.site, a.key.week) > (b.key.site, b.key.week)
        })
      else { continue }
      let other = sites[best.key.site]
      let others = Set(copies.keys.map(\.site)).count
      let same =
        "\(best.value) of \(mine.rows) task rows the same as \(other.displayName)'s week \(other.weeks[best.key.week].week)"
      let reason =
        others >= CohortChecks.templateSites - 1
        ? WeekReason(state: .template, text: "the template's sample week: \(same) and on \(others - 1) other sites")
        : WeekReason(state: .copied, text: same)
      out[key.site].weeks[key.week].add(reason)
    }
    return out.map { $0.replacing(weeks: $0.weeks) }
  }

  static let phrases = [
    "Set up the billing alarm and budget", "Created IAM users and groups", "Drew the VPC with two subnets",
    "Launched an EC2 instance in the public subnet", "Tìm hiểu về dịch vụ Amazon S3", "Attended the weekly meeting",
    // The Vietnamese phrase again with its letters decomposed: the same text to a reader.
    "Ti\u{0300}m hie\u{0302}\u{0309}u ve\u{0302}\u{0300} di\u{0323}ch vu\u{0323} Amazon S3",
    "Read the Well-Architected pillars", "Deployed a static site on S3", "Wrote a Lambda in Python",
    "Short one", "Cấu hình CloudWatch cho EC2",
  ]

  static func described(_ terms: [TermSummary]) -> [String] {
    terms.flatMap { term in
      term.weeks.map { week in
        "\(term.site.root) \(week.week) \(week.state) \(week.reasons.map(\.text)) \(term.totals.weeksMissing)"
      }
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6])
  func numberedTextsFindTheCopiesTheKeyedReadingFound(_ seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    var files: [String: String] = [:]
    for s in 0..<Int.random(in: 4...8, using: &random) {
      for n in 1...Int.random(in: 1...3, using: &random) {
        let count = Int.random(in: 3...6, using: &random)
        let rows = (0..<count).map { i -> String in
          let d = F.monday.adding(days: 7 * (n - 1) + i % 5)
          let dmy = "\(d.day < 10 ? "0" : "")\(d.day)/\(d.month < 10 ? "0" : "")\(d.month)/\(d.year)"
          let own = Int.random(in: 0..<6, using: &random) == 0
          let task =
            own ? "Own work \(s).\(n).\(i) on the project" : Self.phrases[Int.random(in: 0..<7, using: &random)]
          return F.row("\(i + 2)", task, dmy, dmy)
        }
        let language = Int.random(in: 0..<4, using: &random) == 0 ? "vi" : "en"
        files[F.path("site\(s)", n, language)] = F.page(week: n, rows: rows)
      }
    }
    let terms = F.sites(files).flatMap { SummaryBuilder.terms(site: $0, findings: [], options: SummaryOptions()) }
    // Summaries whose telling texts were worked out when judged, and the same without them.
    var bare = terms
    for t in bare.indices {
      for w in bare[t].weeks.indices { bare[t].weeks[w].tellingTexts = nil }
    }
    let expected = Self.described(Self.keyed(terms))
    #expect(expected.contains { $0.contains("task rows the same") })
    #expect(Self.described(CohortChecks.crossSiteCopies(terms)) == expected)
    #expect(Self.described(CohortChecks.crossSiteCopies(bare)) == expected)
  }

  @Test func rowsSharedByThreeSitesAreTheTemplatesSampleWeek() {
    var files: [String: String] = [:]
    let rows = Self.phrases.prefix(4).enumerated().map { i, task in F.row("\(i + 2)", task, "", "") }
    for s in 0..<3 { files[F.path("site\(s)", 1)] = F.page(week: 1, rows: Array(rows)) }
    files[F.path("site3", 1)] = F.page(
      week: 1, rows: Array(rows.prefix(3)) + [F.row("6", "Own work of my own", "", "")])
    let terms = F.sites(files).flatMap { SummaryBuilder.terms(site: $0, findings: [], options: SummaryOptions()) }
    let checked = CohortChecks.crossSiteCopies(terms)
    #expect(Self.described(checked) == Self.described(Self.keyed(terms)))
    #expect(checked.allSatisfy { $0.weeks[0].reasons.contains { $0.text.hasPrefix("the template's sample week") } })
  }
}
