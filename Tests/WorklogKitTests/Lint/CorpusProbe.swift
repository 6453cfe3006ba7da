import Foundation
import Testing

@testable import WorklogKit

/// Runs every rule over a real corpus and prints what they find, to tune them by hand.
///
/// `WORKLOG_CORPUS=/path/to/corpus swift test --filter CorpusProbe`; skipped without the
/// variable. `WORKLOG_CORPUS_REPORT=/tmp/findings.txt` also writes every finding to a file.
///
/// Task rules, last run (shared corpus, 40 sites, 926 week pages, 757 findings): WL301 96, WL302 73, WL303 4,
/// WL304 8, WL305 1, WL306 3, WL308 27, WL309 4, WL311 541; WL307, WL310, WL312, WL313 none
/// (no table there mixes date orders). About 60 findings read by hand against the files, over
/// every rule that fired and 20 sites: none wrong.
/// Fixed while tuning: WL306 reported tables that span a month on purpose, rows labelled
/// `Week 3-4`, and dates of task-less template rows (23 of 26); WL308 reported every row of
/// tables whose year-less dates took the wrong year from the front matter, tables numbering rows
/// 1…5, and systematic one-day shifts row by row (129 → 27); WL312 and WL311 reported cells
/// shifted by a ragged row; WL311 reported `Internal Team`, bare domains and rows linking from
/// the task cell; WL309 pointed at the row after a mistyped one.
/// Left: WL301 on prose or list worklogs and the single-page term log (by design), WL302 on the
/// template's four-cell first row (67, true but noisy), WL311's volume (a note).
@Suite struct CorpusProbe {
  static let corpus = ProcessInfo.processInfo.environment["WORKLOG_CORPUS"].flatMap { $0.isEmpty ? nil : $0 }

  @Test(.enabled(if: CorpusProbe.corpus != nil, "set WORKLOG_CORPUS to a folder of worklog sites"))
  func everyRule() throws {
    let root = try #require(CorpusProbe.corpus)
    let fileSystem = LocalFileSystem()
    let found = Discovery(fileSystem: fileSystem).find([root])
    #expect(!found.pages.isEmpty, "no worklog pages below \(root)")
    let rules = RuleRegistry.all
    let linter = Linter(rules: rules)
    var findings: [Diagnostic] = []
    var sites = 0
    var pages = 0
    PageLoader(fileSystem: fileSystem, parallelism: 2).forEachSite(found.pages) { site in
      sites += 1
      pages += site.pages.count
      findings += linter.lint(site: site) { _ in Configuration() }
    }
    let byCode = Dictionary(grouping: findings, by: \.code)
    var report = "\(sites) sites, \(pages) pages, \(findings.count) findings\n"
    for rule in rules {
      let d = rule.description
      let mine = byCode[d.code] ?? []
      let siteCount = Set(mine.map { site(of: $0.path, below: root) }).count
      report += "\(d.code) \(d.name): \(mine.count) in \(siteCount) sites\n"
    }
    print(report)
    for rule in rules {
      for d in (byCode[rule.description.code] ?? []).prefix(3) { print(line(d, below: root)) }
    }
    if let out = ProcessInfo.processInfo.environment["WORKLOG_CORPUS_REPORT"] {
      let all = findings.map { line($0, below: root) }.joined(separator: "\n")
      try (report + "\n" + all + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
  }

  private func site(of path: String, below root: String) -> String {
    String(path.dropFirst(root.count).split(separator: "/").first ?? "")
  }

  private func line(_ d: Diagnostic, below root: String) -> String {
    let path = d.path.hasPrefix(root) ? String(d.path.dropFirst(root.count + 1)) : d.path
    return "\(path):\(d.range.start.line):\(d.range.start.column): \(d.code) \(d.message)"
  }
}
