import Testing

@testable import WorklogKit

/// Unified diffs that `git apply` takes: context, hunks, CRLF, no newline at the end.
@Suite struct UnifiedDiffTests {
  func diff(_ old: String, _ new: String) -> String {
    String(decoding: UnifiedDiff.diff(path: "p.md", old: Array(old.utf8), new: Array(new.utf8)), as: UTF8.self)
  }

  @Test func sameFilesGiveNothing() {
    #expect(diff("a\nb\n", "a\nb\n").isEmpty)
  }

  @Test func oneLineChangedWithContext() {
    let old = (1...10).map { "l\($0)\n" }.joined()
    let new = old.replacingOccurrences("l5\n", "L5\n")
    #expect(diff(old, new) == "--- a/p.md\n+++ b/p.md\n@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+L5\n l6\n l7\n l8\n")
  }

  @Test func distantChangesMakeTwoHunks() {
    let old = (1...20).map { "l\($0)\n" }.joined()
    let new = old.replacingOccurrences("l2\n", "L2\n").replacingOccurrences("l18\n", "")
    #expect(
      diff(old, new)
        == "--- a/p.md\n+++ b/p.md\n@@ -1,5 +1,5 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n@@ -15,6 +15,5 @@\n l15\n l16\n l17\n-l18\n l19\n l20\n"
    )
  }

  @Test func missingNewlineAtTheEndIsMarked() {
    #expect(
      diff("a\nb", "a\nc")
        == "--- a/p.md\n+++ b/p.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
    )
    #expect(
      diff("a\nb", "a\nb\n") == "--- a/p.md\n+++ b/p.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n")
  }

  @Test func crlfLinesKeepTheirCarriageReturn() {
    #expect(diff("a\r\nb\r\n", "a\r\nc\r\n") == "--- a/p.md\n+++ b/p.md\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n")
  }

  @Test func insertionIntoAnEmptyFile() {
    #expect(diff("", "a\n") == "--- a/p.md\n+++ b/p.md\n@@ -0,0 +1,1 @@\n+a\n")
  }

  @Test func editScriptIsShortest() {
    let a = "abcabba".map { Array(String($0).utf8)[...] }
    let b = "cbabac".map { Array(String($0).utf8)[...] }
    let ops = UnifiedDiff.edits(a, b)
    #expect(ops.filter { $0 != .same }.count == 5)
    #expect(ops.filter { $0 != .insert }.count == a.count)
    #expect(ops.filter { $0 != .delete }.count == b.count)
  }
}

extension String {
  /// `self` with every `target` replaced (no Foundation in the tests either).
  fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    var out = ""
    var rest = self[...]
    while let r = rest.firstRange(of: target) {
      out += rest[..<r.lowerBound] + replacement
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}
