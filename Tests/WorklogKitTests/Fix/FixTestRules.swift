@testable import WorklogKit

/// Rules that exist only in these tests, so the fix engine is tested apart from the real rules'
/// fixes: each finds a made-up mistake and carries a fix of a known shape.
enum FixTestRules {
  static func description(_ code: String, _ name: String) -> RuleDescription {
    RuleDescription(
      code: code, name: name, severity: .warning, summary: "test rule", rationale: "test rule", triggering: [],
      nonTriggering: [])
  }

  /// Every offset of `needle` in `bytes`.
  static func offsets(of needle: String, in bytes: [UInt8]) -> [Int] {
    let n = Array(needle.utf8)
    guard bytes.count >= n.count else { return [] }
    return (0...(bytes.count - n.count)).filter { bytes[$0..<($0 + n.count)].elementsEqual(n) }
  }

  /// `teh` → `the`, safe.
  struct Typo: LintRule {
    var description: RuleDescription { FixTestRules.description("WT901", "test-typo") }
    func check(page: Worklog, context: LintContext) -> [Diagnostic] {
      FixTestRules.offsets(of: "teh", in: page.source.bytes).map { at in
        finding(
          page.source, page.source.range(at..<(at + 3)), "teh is a typo",
          autofix: .replace(at..<(at + 3), with: "the", "write the"))
      }
    }
  }

  /// A line `DELETE-ME` removed with its line ending, unsafe.
  struct Notice: LintRule {
    var description: RuleDescription { FixTestRules.description("WT902", "test-notice") }
    func check(page: Worklog, context: LintContext) -> [Diagnostic] {
      let source = page.source
      return (1...source.lineCount).compactMap { line -> Diagnostic? in
        guard source.text(ofLine: line) == "DELETE-ME" else { return nil }
        let r = source.byteRange(ofLine: line)
        let end = r.upperBound + source.terminator(ofLine: line).count
        return finding(
          source, source.range(r), "notice left in",
          autofix: Fix("remove the notice", .unsafe, edits: [.delete(r.lowerBound..<end)]))
      }
    }
  }

  /// A fix that changes nothing that matters: its finding stays.
  struct Stubborn: LintRule {
    var description: RuleDescription { FixTestRules.description("WT903", "test-stubborn") }
    func check(page: Worklog, context: LintContext) -> [Diagnostic] {
      FixTestRules.offsets(of: "stuck", in: page.source.bytes).map { at in
        finding(
          page.source, page.source.range(at..<(at + 5)), "stuck",
          autofix: .replace(at..<(at + 5), with: "stuck", "unstick"))
      }
    }
  }

  /// `hte` in a Vietnamese page, reported on its English twin and fixed in the twin.
  struct TwinTypo: LintRule {
    var description: RuleDescription { FixTestRules.description("WT904", "test-twin-typo") }
    func check(site: Site, context: LintContext) -> [Diagnostic] {
      site.pages.filter { $0.path.hasSuffix(".vi.md") }.flatMap { vi -> [Diagnostic] in
        guard let english = site.page(at: String(vi.path.dropLast(".vi.md".count)) + ".md") else { return [] }
        return FixTestRules.offsets(of: "hte", in: vi.source.bytes).map { at in
          var edit = TextEdit(range: at..<(at + 3), with: "the")
          edit.path = vi.path
          return finding(
            english.source, english.source.range(0..<1), "twin has a typo",
            autofix: Fix("fix the twin", .safe, edits: [edit]))
        }
      }
    }
  }

  /// `2025-09-1X` dates shifted one day later; declares that it changes dates when `declares`.
  struct ShiftDate: LintRule {
    var declares: Bool
    var description: RuleDescription { FixTestRules.description("WT905", "test-shift-date") }
    func check(page: Worklog, context: LintContext) -> [Diagnostic] {
      FixTestRules.offsets(of: "15/09/2025", in: page.source.bytes).map { at in
        finding(
          page.source, page.source.range(at..<(at + 2)), "day 15",
          autofix: Fix(
            "move to the 16th", .safe, edits: [TextEdit(range: at..<(at + 2), with: "16")], changesDates: declares))
      }
    }
  }
}

/// Week pages for the fix tests, in our own words.
enum FixPages {
  /// A week 3 page; `extra` is put in the front matter, `task` is the task cell, `tail` ends it.
  static func page(
    extra: String = "description: \"teh notes\"", task: String = "Read the guide", tail: String = "",
    newline: String = "\n"
  ) -> String {
    [
      "---", "title: \"Week 3 Worklog\"", "weight: 3", extra, "---", "### Week 3 Objectives:",
      "- Learn the basics of the cloud", "",
      "### Tasks to be carried out this week:", "| Day | Task | Start Date | Completion Date | Reference Material |",
      "| --- | ---- | ---------- | --------------- | ------------------ |",
      "| 2 | \(task) | 15/09/2025 | 15/09/2025 | |",
      "| 3 | Write a note | 16/09/2025 | 16/09/2025 | |", "", "### Week 3 Achievements:", "- Set up an account", tail,
    ].joined(separator: newline)
  }

  static let path = "site/content/1-Worklog/1.3-Week3/_index.md"
  static let twinPath = "site/content/1-Worklog/1.3-Week3/_index.vi.md"

  /// A fix session over `files` with `rules`.
  static func session(_ fs: any FileSystem, _ rules: [any LintRule], _ level: FixApplicability = .safe) -> FixSession {
    FixSession(lint: LintSession(fileSystem: fs, parallelism: 1, linter: Linter(rules: rules)), applicability: level)
  }

  /// The site fixes of a run over `paths`.
  static func run(
    _ fs: any FileSystem, _ rules: [any LintRule], _ level: FixApplicability = .safe, paths: [String] = ["site"]
  ) -> [SiteFix] {
    var out: [SiteFix] = []
    session(fs, rules, level).run(Workspace.resolve(paths, fileSystem: fs)) { out.append($0) }
    return out
  }

  /// `bytes` with every `from` replaced by `to`.
  static func replacing(_ bytes: [UInt8], _ from: String, _ to: String) -> [UInt8] {
    var out = bytes
    for at in FixTestRules.offsets(of: from, in: bytes).reversed() {
      out.replaceSubrange(at..<(at + from.utf8.count), with: Array(to.utf8))
    }
    return out
  }
}
