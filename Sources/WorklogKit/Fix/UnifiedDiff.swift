/// A unified diff of two versions of a file, as `git apply` and `patch -p1` take it.
///
/// Lines are split after each LF, as git splits them: a CRLF line keeps its CR in the diff, and
/// bytes that are not UTF-8 are written as they are. A last line without a newline is followed
/// by `\ No newline at end of file`.
package enum UnifiedDiff {
  /// The diff of `old` to `new` for `path` (`--- a/path`, `+++ b/path`), with `context` lines
  /// around each change; empty when they are the same.
  package static func diff(path: String, old: [UInt8], new: [UInt8], context: Int = 3) -> [UInt8] {
    let a = lines(old)
    let b = lines(new)
    let script = edits(a, b)
    guard script.contains(where: { $0 != .same }) else { return [] }
    var out = Array("--- a/\(path)\n+++ b/\(path)\n".utf8)
    // Positions of each step in a and b.
    var steps: [(op: Op, i: Int, j: Int)] = []
    var i = 0
    var j = 0
    for op in script {
      steps.append((op, i, j))
      if op != .insert { i += 1 }
      if op != .delete { j += 1 }
    }
    var k = 0
    while k < steps.count {
      guard steps[k].op != .same else {
        k += 1
        continue
      }
      // A hunk: from `context` lines before this change to `context` after the last change
      // that is within 2 * context lines of the one before it.
      var end = k
      var scan = k
      while scan < steps.count {
        if steps[scan].op != .same {
          end = scan
          scan += 1
          continue
        }
        var run = scan
        while run < steps.count && steps[run].op == .same { run += 1 }
        if run == steps.count || run - scan > 2 * context { break }
        scan = run
      }
      let from = max(0, k - context)
      let to = min(steps.count, end + 1 + context)
      let hunk = steps[from..<to]
      let oldCount = hunk.filter { $0.op != .insert }.count
      let newCount = hunk.filter { $0.op != .delete }.count
      let oldStart = oldCount == 0 ? hunk.first.map { $0.i } ?? 0 : (hunk.first.map { $0.i } ?? 0) + 1
      let newStart = newCount == 0 ? hunk.first.map { $0.j } ?? 0 : (hunk.first.map { $0.j } ?? 0) + 1
      out += Array("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n".utf8)
      for step in hunk {
        let (mark, line): (UInt8, ArraySlice<UInt8>) =
          switch step.op {
          case .same: (0x20, a[step.i])
          case .delete: (0x2D, a[step.i])
          case .insert: (0x2B, b[step.j])
          }
        out.append(mark)
        out += line
        if line.last != 0x0A { out += Array("\n\\ No newline at end of file\n".utf8) }
      }
      k = to
    }
    return out
  }

  /// The lines of `bytes`, each with its LF (the last may have none).
  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var out: [ArraySlice<UInt8>] = []
    var start = 0
    for (i, byte) in bytes.enumerated() where byte == 0x0A {
      out.append(bytes[start...i])
      start = i + 1
    }
    if start < bytes.count { out.append(bytes[start...]) }
    return out
  }

  enum Op: Equatable { case same, delete, insert }

  /// A shortest edit script from `a` to `b` (Myers' algorithm): lines common to the start and
  /// end are taken first, so a fix's few changed lines cost little however long the page.
  static func edits(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Op] {
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
      suffix += 1
    }
    let x = Array(a[prefix..<(a.count - suffix)])
    let y = Array(b[prefix..<(b.count - suffix)])
    return Array(repeating: .same, count: prefix) + myers(x, y) + Array(repeating: .same, count: suffix)
  }

  private static func myers(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Op] {
    let n = a.count
    let m = b.count
    if n == 0 { return Array(repeating: .insert, count: m) }
    if m == 0 { return Array(repeating: .delete, count: n) }
    let max = n + m
    let offset = max + 1
    var v = [Int](repeating: 0, count: 2 * max + 3)
    var trace: [[Int]] = []
    search: for d in 0...max {
      // A page rewritten whole: its lines out, then its lines in (the frontiers would not fit).
      if d > 4096 { return Array(repeating: .delete, count: n) + Array(repeating: .insert, count: m) }
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n && y >= m { break search }
      }
    }
    // Walk back through the saved frontiers.
    var ops: [Op] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let v = trace[d]
      let k = x - y
      let previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1
      let previousX = d == 0 ? 0 : v[offset + previousK]
      let previousY = previousX - previousK
      while x > previousX && y > previousY {
        ops.append(.same)
        x -= 1
        y -= 1
      }
      if d > 0 {
        ops.append(x == previousX ? .insert : .delete)
        x = previousX
        y = previousY
      }
    }
    return ops.reversed()
  }
}
