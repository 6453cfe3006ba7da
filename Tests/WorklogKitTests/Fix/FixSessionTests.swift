import Testing

@testable import WorklogKit

/// The fix engine: edits on the original bytes, each pass read again and checked, refusals
/// with their reason, twin edits, passes until nothing is left.
@Suite struct FixSessionTests {
  typealias P = FixPages

  func only(_ fixes: [SiteFix]) throws -> SiteFix { try #require(fixes.first) }

  @Test func safeFixChangesOnlyItsBytes() throws {
    let original = Array(P.page().utf8)
    let fs = MemoryFileSystem(bytes: [P.path: original])
    let result = try only(P.run(fs, [FixTestRules.Typo()]))
    let file = try #require(result.files.first)
    #expect(file.fixed == P.replacing(original, "teh", "the"))
    #expect(file.fixes.map(\.code) == ["WT901"])
    #expect(result.fixedCount == 1)
    #expect(result.result.findings.isEmpty)
    #expect(result.refused.isEmpty)
  }

  @Test func crlfAndByteOrderMarkKept() throws {
    let original = [0xEF, 0xBB, 0xBF] + Array(P.page(newline: "\r\n").utf8)
    let fs = MemoryFileSystem(bytes: [P.path: original])
    let file = try #require(try only(P.run(fs, [FixTestRules.Typo()])).files.first)
    #expect(file.fixed == P.replacing(original, "teh", "the"))
    #expect(Array(file.fixed.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(
      FixTestRules.offsets(of: "\r\n", in: file.fixed).count == FixTestRules.offsets(of: "\r\n", in: original).count)
  }

  @Test func invalidUTF8OutsideTheEditKept() throws {
    var original = Array(P.page(tail: "odd byte: X").utf8)
    original[original.count - 1] = 0xFF
    let fs = MemoryFileSystem(bytes: [P.path: original])
    let file = try #require(try only(P.run(fs, [FixTestRules.Typo()])).files.first)
    #expect(file.fixed == P.replacing(original, "teh", "the"))
    #expect(file.fixed.last == 0xFF)
  }

  @Test func fixingTwiceIsFixingOnce() throws {
    let original = Array(P.page(tail: "\nDELETE-ME\n").utf8)
    let first = try only(
      P.run(MemoryFileSystem(bytes: [P.path: original]), [FixTestRules.Typo(), FixTestRules.Notice()], .unsafe))
    let fixed = try #require(first.files.first).fixed
    #expect(first.fixedCount == 2)
    let second = try only(
      P.run(MemoryFileSystem(bytes: [P.path: fixed]), [FixTestRules.Typo(), FixTestRules.Notice()], .unsafe))
    #expect(second.files.isEmpty)
    #expect(second.result.findings.isEmpty)
  }

  @Test func unsafeFixesWaitForUnsafe() throws {
    let fs = MemoryFileSystem(bytes: [P.path: Array(P.page(tail: "\nDELETE-ME").utf8)])
    let safe = try only(P.run(fs, [FixTestRules.Typo(), FixTestRules.Notice()]))
    #expect(safe.fixedCount == 1)
    #expect(safe.moreWithUnsafe == 1)
    #expect(safe.result.findings.map(\.code) == ["WT902"])
    let unsafe = try only(P.run(fs, [FixTestRules.Typo(), FixTestRules.Notice()], .unsafe))
    #expect(unsafe.fixedCount == 2)
    #expect(unsafe.moreWithUnsafe == 0)
  }

  @Test func fixThatWouldChangeATaskIsRefused() throws {
    let original = Array(P.page(extra: "draft: false", task: "Read teh guide").utf8)
    let result = try only(P.run(MemoryFileSystem(bytes: [P.path: original]), [FixTestRules.Typo()]))
    #expect(result.files.isEmpty)
    let refusal = try #require(result.refused.first)
    #expect(refusal.finding.code == "WT901")
    #expect(refusal.reason == "task 1 would read differently")
    // Still a finding, still fixable: it remains.
    #expect(result.result.findings.map(\.code) == ["WT901"])
  }

  @Test func refusedFixDoesNotHoldBackTheOthers() throws {
    let original = Array(P.page(task: "Read teh guide").utf8)
    let result = try only(P.run(MemoryFileSystem(bytes: [P.path: original]), [FixTestRules.Typo()]))
    let file = try #require(result.files.first)
    // The front matter's typo fixed, the task's left.
    #expect(
      String(decoding: file.fixed, as: UTF8.self) == P.page(extra: "description: \"the notes\"", task: "Read teh guide")
    )
    #expect(result.refused.count == 1)
  }

  @Test func fixWhoseFindingStaysIsRefused() throws {
    let result = try only(P.run(MemoryFileSystem([P.path: P.page(extra: "note: stuck")]), [FixTestRules.Stubborn()]))
    #expect(result.files.isEmpty)
    #expect(result.refused.map(\.reason) == ["the finding would remain after it"])
  }

  @Test func dateChangeNeedsTheFixToSaySo() throws {
    let fs = MemoryFileSystem([P.path: P.page(extra: "draft: false")])
    let undeclared = try only(P.run(fs, [FixTestRules.ShiftDate(declares: false)]))
    #expect(undeclared.files.isEmpty)
    #expect(undeclared.refused.first?.reason == "the dates of task 1 would change")
    let declared = try only(P.run(fs, [FixTestRules.ShiftDate(declares: true)]))
    #expect(declared.files.count == 1)
    #expect(declared.fixedCount == 2)
  }

  @Test func twinEditChangesTheTwin() throws {
    let fs = MemoryFileSystem([
      P.path: P.page(extra: "draft: false"), P.twinPath: P.page(extra: "description: \"hte ghi chú\""),
    ])
    let result = try only(P.run(fs, [FixTestRules.TwinTypo()]))
    #expect(result.files.map(\.path) == [P.twinPath])
    #expect(result.fixedCount == 1)
    #expect(
      String(decoding: try #require(result.files.first).fixed, as: UTF8.self)
        == P.page(extra: "description: \"the ghi chú\""))
  }

  @Test func overlappingFixesTakeTwoPasses() throws {
    // The second rule's edit takes in the last letter of `teh`: it waits for the next pass.
    struct Upper: LintRule {
      var description: RuleDescription { FixTestRules.description("WT906", "test-upper") }
      func check(page: Worklog, context: LintContext) -> [Diagnostic] {
        let bytes = page.source.bytes
        return FixTestRules.offsets(of: "notes", in: bytes).map { at in
          let edit = TextEdit(
            range: (at - 2)..<(at + 5), replacement: Array(bytes[(at - 2)..<at]) + Array("Notes".utf8))
          return finding(
            page.source, page.source.range(at..<(at + 5)), "lower-case",
            autofix: Fix("capitalise", .safe, edits: [edit]))
        }
      }
    }
    let result = try only(P.run(MemoryFileSystem([P.path: P.page()]), [FixTestRules.Typo(), Upper()]))
    #expect(
      String(decoding: try #require(result.files.first).fixed, as: UTF8.self)
        == P.page(extra: "description: \"the Notes\""))
    #expect(result.fixedCount == 2)
  }

  @Test func pagesNotNamedAreNotChanged() throws {
    let fs = MemoryFileSystem([P.path: P.page(), P.twinPath: P.page()])
    let result = try only(P.run(fs, [FixTestRules.Typo()], paths: [P.twinPath]))
    #expect(result.files.map(\.path) == [P.twinPath])
  }

  @Test func compatibleTakesDisjointFixesPerFile() {
    func finding(_ path: String, _ range: Range<Int>, editIn other: String? = nil) -> Diagnostic {
      var edit = TextEdit(range: range, with: "x")
      edit.path = other
      return Diagnostic(
        code: "WT", name: "t", severity: .note, message: "m", path: path,
        range: SourceRange(
          start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 1, offset: 0)),
        autofix: Fix("f", .safe, edits: [edit]))
    }
    let a = finding("a", 0..<2)
    let b = finding("b", 0..<2)
    let c = finding("b", 1..<3, editIn: "a")  // overlaps a's edit in file a
    let d = finding("a", 2..<4)
    #expect(FixSession.compatible([a, b, c, d]).map(\.path) == ["a", "b", "a"])
  }
}
