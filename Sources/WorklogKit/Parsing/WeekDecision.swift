/// Weighs the places a page names its week.
///
/// Agreeing sources add up. The folder counts most, then the title, the first heading naming a
/// week, `pre` and `weight` (which templates leave at 1 on every page). A folder named only by
/// its section number (`1.8-notes`) counts less than one naming the week (`1.8-Week8`).
extension WeekNumber {
  /// The usual weight of each source.
  static func weight(of source: WeekSource) -> Double {
    switch source {
    case .path: return 4
    case .title: return 3
    case .heading: return 2
    case .pre: return 1.5
    case .weight: return 1
    }
  }

  /// The week the evidence names most heavily; nil with no evidence.
  static func decide(_ evidence: [WeekEvidence]) -> WeekNumber {
    guard !evidence.isEmpty else { return WeekNumber(number: nil, source: nil, evidence: []) }
    func rank(_ s: WeekSource) -> Int { WeekSource.preference.firstIndex(of: s) ?? WeekSource.preference.count }
    // Candidates in order of their most preferred source, so a tie goes to the folder's week.
    // Sorted by index: no piece of evidence is copied to be sorted.
    var candidates: [Int] = []
    for i in evidence.indices.sorted(by: { (rank(evidence[$0].source), $0) < (rank(evidence[$1].source), $1) })
    where !candidates.contains(evidence[i].value) {
      candidates.append(evidence[i].value)
    }
    var scorer = Scorer(candidates) { String($0) }
    for e in evidence { scorer.add(e.source.rawValue, for: e.value, weight: e.weight, range: e.range, note: e.note) }
    let decision = scorer.decide()
    // The heaviest piece for the winner, the most preferred source on a tie (the first of
    // equals, as `min` keeps it).
    var best: WeekEvidence?
    for e in evidence where e.value == decision.value {
      if let b = best, !(e.weight != b.weight ? e.weight > b.weight : rank(e.source) < rank(b.source)) { continue }
      best = e
    }
    return WeekNumber(number: decision.value, source: best?.source, evidence: evidence, decision: decision)
  }
}
