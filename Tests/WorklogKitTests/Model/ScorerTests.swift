import Testing
import WorklogTestSupport

@testable import WorklogKit

/// The winner, margin and confidence are what ranking every candidate by a stable sort on its
/// total gives, ties going to the candidate preferred first: on random decisions with many ties.
@Suite struct ScorerTests {
  /// The ranking as it was first written: every candidate sorted by total, stable.
  static func ranked(_ scorer: Scorer<Int>) -> (winner: Int, top: Double, second: Double) {
    let ranked = scorer.candidates.map { ($0, scorer.total($0)) }.enumerated().sorted { a, b in
      a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset
    }.map(\.element)
    return (ranked[0].0, ranked[0].1, ranked.dropFirst().first?.1 ?? 0)
  }

  @Test func theWinnerIsTheStableSortsFirst() {
    var rng = SeededGenerator(seed: 31)
    for _ in 0..<5_000 {
      let candidates = Array(0..<Int.random(in: 1...5, using: &rng)).shuffled(using: &rng)
      var scorer = Scorer(candidates) { String($0) }
      for _ in 0..<Int.random(in: 0...6, using: &rng) {
        let weight = [0, 0.5, 1, 1, 2, 3.25][Int.random(in: 0..<6, using: &rng)]
        scorer.add("k", for: candidates.randomElement(using: &rng)!, weight: weight)
      }
      let decision = scorer.decide()
      let (winner, top, second) = Self.ranked(scorer)
      #expect(decision.value == winner)
      #expect(decision.margin == Scorer<Int>.rounded(top - second))
      #expect(decision.confidence == Scorer<Int>.rounded((top - second) / (top + second + scorer.prior)))
    }
  }
}
