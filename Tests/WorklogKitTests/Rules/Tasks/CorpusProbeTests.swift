import Foundation
import Testing
@testable import WorklogKit

/// Runs the task rules over a real corpus and prints what they find, for tuning by hand.
///
/// Skipped unless `WORKLOG_CORPUS` names a folder of sites:
/// `WORKLOG_CORPUS=/path/to/corpus swift test --filter CorpusProbe`. With `WORKLOG_PROBE_OUT`
/// set, every finding is also written to that file, one `path:line:col: CODE message` a line.
///
/// Last run (shared corpus, 40 sites, 926 week pages, 757 findings): WL301 96, WL302 73, WL303 4,
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
  static let corpus = ProcessInfo.processInfo.environment["WORKLOG_CORPUS"]

  @Test(.enabled(if: CorpusProbe.corpus != nil)) func taskRulesOverCorpus() throws {
    let root = try #require(CorpusProbe.corpus)
    let fs = LocalFileSystem()
    let found = Discovery(fileSystem: fs).find([root])
    let loader = PageLoader(fileSystem: fs, parallelism: 2)
    let linter = Linter(rules: RuleRegistry.taskRules)
    var findings: [Diagnostic] = []
    var pages = 0
    var mixed: [String] = []
    loader.forEachSite(found.pages) { site in
      pages += site.weeks.count
      for page in site.weeks {
        if let d = page.tasks?.dateOrder, d.dayFirstCells > 0, d.monthFirstCells > 0 {
          mixed.append("\(page.path) \(d.order) \(d.dayFirstCells)/\(d.monthFirstCells)")
        }
      }
      findings += linter.lint(site: site) { _ in Configuration() }
    }
    var counts: [String: Int] = [:]
    for f in findings { counts["\(f.code) \(f.name)", default: 0] += 1 }
    var report = "\(pages) week pages, \(findings.count) findings, \(mixed.count) tables mixing date orders\n"
    for m in mixed.prefix(10) { report += "  mixed: \(m)\n" }
    for (rule, n) in counts.sorted(by: { $0.key < $1.key }) { report += "  \(rule): \(n)\n" }
    // Samples spread over the rules: every n-th finding of each.
    let byRule = Dictionary(grouping: findings, by: \.code)
    for code in byRule.keys.sorted() {
      let list = byRule[code] ?? []
      let step = max(1, list.count / 3)
      for f in stride(from: 0, to: list.count, by: step).prefix(3).map({ list[$0] }) { report += line(f, root) }
    }
    print(report)
    if let out = ProcessInfo.processInfo.environment["WORKLOG_PROBE_OUT"] {
      try findings.map { line($0, root) }.joined().write(toFile: out, atomically: true, encoding: .utf8)
    }
  }

  private func line(_ f: Diagnostic, _ root: String) -> String {
    let path = f.path.hasPrefix(root) ? String(f.path.dropFirst(root.count)).drop { $0 == "/" } : f.path[...]
    return "\(path):\(f.range.start.line):\(f.range.start.column): \(f.code) \(f.message)\n"
  }
}
