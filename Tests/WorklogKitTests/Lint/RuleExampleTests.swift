import Testing

@testable import WorklogKit

/// One example of one rule, as a test case.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
  var code: String
  var index: Int
  var triggering: Bool
  var testDescription: String { "\(code) \(triggering ? "triggering" : "non-triggering") #\(index + 1)" }

  static var all: [RuleExampleCase] {
    RuleRegistry.all.flatMap { rule in
      rule.description.triggering.indices.map {
        RuleExampleCase(code: rule.description.code, index: $0, triggering: true)
      }
        + rule.description.nonTriggering.indices.map {
          RuleExampleCase(code: rule.description.code, index: $0, triggering: false)
        }
    }
  }
}

@Suite struct RuleExampleTests {
  /// Every example of every rule: findings exactly at the `↓` marks, and none in the others.
  @Test(arguments: RuleExampleCase.all)
  func example(_ c: RuleExampleCase) throws {
    let rule = try #require(RuleRegistry.rule(named: c.code))
    let example = c.triggering ? rule.description.triggering[c.index] : rule.description.nonTriggering[c.index]
    let marked = LintHarness.unmark(example.files)
    let findings = LintHarness.lint(marked.files, rules: [rule]).filter { $0.code == c.code }
    let found = Set(
      findings.map { LintHarness.Mark(path: $0.path, line: $0.range.start.line, column: $0.range.start.column) })
    if c.triggering {
      #expect(!marked.marks.isEmpty, "a triggering example needs a ↓ mark")
      #expect(
        found == marked.marks,
        "findings: \(findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" })")
    } else {
      #expect(
        findings.isEmpty,
        "unexpected: \(findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" })")
    }
  }

  /// Every triggering example whose findings carry fixes shows them: applying every fix (safe
  /// and unsafe, compatible ones together, pass after pass) gives its `fixed` texts byte for
  /// byte, leaves the other files as they were, and the rule finds nothing in the result.
  @Test(arguments: RuleExampleCase.all.filter(\.triggering))
  func fixedExample(_ c: RuleExampleCase) throws {
    let rule = try #require(RuleRegistry.rule(named: c.code))
    let example = rule.description.triggering[c.index]
    let marked = LintHarness.unmark(example.files)
    var files = marked.files.map { (path: $0.path, bytes: RuleExample.bytes($0.text)) }
    let first = FixHarness.lint(files, rule)
    guard !example.fixed.isEmpty else {
      #expect(
        first.allSatisfy { $0.autofix == nil },
        "findings carry fixes; show them with `fixed:`: \(first.compactMap(\.autofix?.message))")
      return
    }
    #expect(first.contains { $0.autofix != nil }, "`fixed:` is given but no finding carries a fix")
    files = FixHarness.fixAll(files, rule)
    for (path, bytes) in files {
      let expected =
        example.fixed.first { $0.path == path }.map { RuleExample.bytes($0.text) }
        ?? RuleExample.bytes(marked.files.first { $0.path == path }?.text ?? "")
      #expect(bytes == expected, "\(path):\n\(String(decoding: bytes, as: UTF8.self))")
    }
    let after = FixHarness.lint(files, rule)
    #expect(after.isEmpty, "still found: \(after.map(\.message))")
  }

  @Test func codesAndNamesAreUniqueAndWellFormed() {
    let codes = RuleRegistry.all.map(\.description.code)
    let names = RuleRegistry.all.map(\.description.name)
    #expect(Set(codes).count == codes.count)
    #expect(Set(names).count == names.count)
    for rule in RuleRegistry.all {
      let d = rule.description
      #expect(d.code.count == 5 && d.code.hasPrefix("WL") && Int(d.code.dropFirst(2)) != nil, "\(d.code)")
      #expect(d.name.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber }, "\(d.name)")
      #expect(!d.triggering.isEmpty && !d.nonTriggering.isEmpty, "\(d.code) needs examples both ways")
      #expect(!d.summary.isEmpty && !d.rationale.isEmpty)
    }
  }
}
