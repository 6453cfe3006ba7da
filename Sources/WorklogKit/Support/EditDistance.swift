/// How far apart two short words are, and which of a list a mistyped word most likely meant:
/// the "did you mean" of commands, options, rule names and configuration keys.
package enum EditDistance {
  /// The optimal-string-alignment distance between `a` and `b`, case ignored: insertions,
  /// deletions, substitutions and swaps of two neighbours (`lnit` → `lint`) each count one.
  /// Only the first 64 characters of `a` are compared, so a pasted paragraph costs nothing.
  package static func between(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased().prefix(64))
    let y = Array(b.lowercased().prefix(64))
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var before = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var row = previous
    for i in 1...x.count {
      row[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
        if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] { best = min(best, before[j - 2] + 1) }
        row[j] = best
      }
      (before, previous) = (previous, row)
    }
    return previous[y.count]
  }

  /// The candidate `word` most likely meant, or nil when none is close: the nearest within a
  /// third of the word's length (at least one edit, at most three), else the only candidate the
  /// word begins (`--form` → `--format`). The first of equally near candidates wins.
  package static func closest(to word: String, among candidates: [String]) -> String? {
    guard !word.isEmpty else { return nil }
    let limit = min(3, max(1, word.count / 3))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != word {
      let d = between(word, candidate)
      if d <= limit && d < (best?.distance ?? Int.max) { best = (candidate, d) }
    }
    if let best { return best.candidate }
    let lower = word.lowercased()
    let starting = candidates.filter { $0.lowercased().hasPrefix(lower) }
    return word.count >= 2 && starting.count == 1 ? starting[0] : nil
  }

  /// `; did you mean 'lint'?` for the closest candidate, or nothing.
  package static func hint(for word: String, among candidates: [String]) -> String {
    guard let found = closest(to: word, among: candidates) else { return "" }
    return "; did you mean '\(found)'?"
  }
}
