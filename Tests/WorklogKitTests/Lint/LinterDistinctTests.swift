import Testing

@testable import WorklogKit

/// `Linter.distinct` drops repeated findings after the sort, and keeps what dropping them before
/// the sort kept, in the same order: findings that tie in `Diagnostic.ordered` but differ (here,
/// in their autofix) stay, each once, in the order they came.
@Suite struct LinterDistinctTests {
  static func finding(_ path: String, line: Int, code: String = "WL101", autofix: Fix? = nil) -> Diagnostic {
    let at = SourceLocation(line: line, column: 1, offset: line * 10)
    return Diagnostic(
      code: code, name: "weight-not-week", severity: .warning, message: "weight is not the week", path: path,
      range: SourceRange(start: at, end: at), fix: "Set the weight.", autofix: autofix)
  }

  /// The reference: a set keeps the first of equal findings, then the stable sort.
  static func reference(_ findings: [Diagnostic]) -> [Diagnostic] {
    var seen = Set<Diagnostic>()
    return findings.filter { seen.insert($0).inserted }.sorted(by: Diagnostic.ordered)
  }

  @Test func dropsRepeatsWhereverTheyCame() {
    let a = Self.finding("a.md", line: 2)
    let b = Self.finding("a.md", line: 3)
    let c = Self.finding("b.md", line: 1)
    let findings = [c, a, b, a, c, c, b]
    let distinct = Linter.distinct(findings.sorted(by: Diagnostic.ordered))
    #expect(distinct == [a, b, c])
    #expect(distinct == Self.reference(findings))
  }

  @Test func keepsTiesThatDifferInOrderAndOnce() {
    let plain = Self.finding("a.md", line: 2)
    let fixed = Self.finding("a.md", line: 2, autofix: .replace(20..<21, with: "8", "set weight to 8", .safe))
    let other = Self.finding("a.md", line: 2, autofix: .replace(20..<21, with: "9", "set weight to 9", .safe))
    // Equal findings apart from one another within the run of ties.
    let findings = [fixed, plain, fixed, other, plain, other, fixed]
    let distinct = Linter.distinct(findings.sorted(by: Diagnostic.ordered))
    #expect(distinct == [fixed, plain, other])
    #expect(distinct == Self.reference(findings))
  }

  @Test func emptyAndSingle() {
    #expect(Linter.distinct([]).isEmpty)
    let a = Self.finding("a.md", line: 1)
    #expect(Linter.distinct([a]) == [a])
  }
}
