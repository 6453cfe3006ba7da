import Testing

@testable import WorklogKit

/// Issue 16, defects 3, 4 and 11: a site's views are built once and indexed; the empty-section
/// rule reads each section's own lines; SARIF needs the line digests, not the sources.
@Suite struct SiteIndexTests {
  static func page(_ week: Int, _ lang: String) -> (String, String) {
    let suffix = lang == "en" ? "" : ".\(lang)"
    return (
      "s/content/1-Worklog/1.\(week)-Week\(week)/_index\(suffix).md",
      "---\ntitle: \"Week \(week) Worklog\"\nweight: \(week)\n---\n\n### Week \(week) Objectives:\n\n* Learn\n"
    )
  }

  func load(_ files: [(String, String)]) -> Site? {
    var bytes: [String: [UInt8]] = [:]
    for (p, t) in files { bytes[p] = Array(t.utf8) }
    var out: Site?
    PageLoader(fileSystem: MemoryFileSystem(bytes: bytes), parallelism: 1).forEachSite(files.map(\.0).sorted()) {
      out = $0
    }
    return out
  }

  @Test func viewsAndIndexesAgree() throws {
    var files = (1...40).flatMap { [Self.page($0, "en"), Self.page($0, "vi")] }
    files.append(("s/content/1-Worklog/_index.md", "---\ntitle: Worklog\n---\n"))
    let site = try #require(load(files))
    #expect(site.pages.map(\.path) == (site.weeks + site.overviews + site.others).map(\.path))
    #expect(site.weekNumbers == Array(1...40))
    #expect(site.languages == ["en", "vi"])
    #expect(site.pages(week: 7).count == 2)
    let week7 = try #require(site.pages(week: 7).first { $0.language.code == "en" })
    #expect(site.twin(of: week7)?.language.code == "vi")
    #expect(site.page(at: week7.path)?.path == week7.path)
    #expect(site.page(at: "nowhere") == nil)
  }

  @Test func emptySectionsAmongManyHeadingsAreEachFound() {
    var text = "---\ntitle: \"Week 3 Worklog\"\n---\n\n"
    for i in 0..<300 { text += i % 2 == 0 ? "### Week 3 Objectives:\n\n" : "### Week 3 Achievements:\n\n* done\n\n" }
    let findings = LintHarness.lint(SectionEmptyRule(), text)
    // Every second heading is empty; the last objectives heading is followed by achievements.
    #expect(findings.count == 150)
  }

  @Test func sarifFromDigestsEqualsSarifFromSources() throws {
    let (path, text) = Self.page(3, "en")
    let source = SourceFile(path: path, bytes: Array((text + "weight again\n").utf8))
    let range = SourceRange(
      start: SourceLocation(line: 3, column: 1, offset: 0), end: SourceLocation(line: 3, column: 2, offset: 1))
    let findings = [
      Diagnostic(code: "WL107", name: "weight-not-week", severity: .warning, message: "m", path: path, range: range),
      Diagnostic(code: "WL107", name: "weight-not-week", severity: .warning, message: "m", path: path, range: range),
    ]
    let rules = [WeightNotWeekRule().description]
    let fromSources = DiagnosticSARIF.log(findings, rules: rules, version: "0") { $0 == path ? source : nil }
    let digests = DiagnosticSARIF.digests(findings) { $0 == path ? source : nil }
    let fromDigests = DiagnosticSARIF.log(findings, digests: digests, rules: rules, version: "0")
    #expect(fromSources.serialized() == fromDigests.serialized())
  }
}
