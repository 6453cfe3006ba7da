import Foundation
import Testing
@testable import WorklogKit

/// Runs the section and site rules over a real corpus and prints what they find, to tune them.
///
/// `WORKLOG_CORPUS=/work/shared/corpus swift test --filter CorpusProbe`; skipped without the
/// variable. `WORKLOG_CORPUS_REPORT=/tmp/findings.txt` also writes every finding to a file.
@Suite struct CorpusProbe {
  static let corpus = ProcessInfo.processInfo.environment["WORKLOG_CORPUS"].flatMap { $0.isEmpty ? nil : $0 }

  @Test(.enabled(if: CorpusProbe.corpus != nil, "set WORKLOG_CORPUS to a folder of worklog sites"))
  func sectionAndSiteRules() throws {
    let root = try #require(CorpusProbe.corpus)
    let fileSystem = LocalFileSystem()
    let found = Discovery(fileSystem: fileSystem).find([root])
    #expect(!found.pages.isEmpty, "no worklog pages below \(root)")
    let rules = RuleRegistry.sectionRules + RuleRegistry.siteRules
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
