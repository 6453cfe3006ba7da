/// Weighs evidence for the candidates of one decision and picks the heaviest.
///
/// `confidence = margin / (winner + runnerUp + prior)`: one weak piece of evidence (weight 1
/// against nothing) gives 0.5; a lone decisive one (weight 10) gives 0.91; evidence that pulls
/// both ways evenly gives 0. `prior` is how much evidence it takes to be sure at all.
struct Scorer<Value: Sendable & Hashable> {
  /// The candidates in order of preference: ties and no evidence at all go to the first.
  let candidates: [Value]
  /// How a candidate is written in the evidence (`supports`).
  let label: (Value) -> String
  var prior: Double = 1
  private(set) var evidence: [Evidence] = []
  private var totals: [Value: Double] = [:]

  init(_ candidates: [Value], prior: Double = 1, label: @escaping (Value) -> String) {
    self.candidates = candidates
    self.prior = prior
    self.label = label
  }

  /// Adds `weight` for `candidate`; a weight of zero or less is ignored.
  mutating func add(
    _ kind: String, for candidate: Value, weight: Double, range: SourceRange? = nil, note: String? = nil
  ) {
    guard weight > 0 else { return }
    evidence.append(
      Evidence(kind: kind, supports: label(candidate), weight: Scorer.rounded(weight), range: range, note: note))
    totals[candidate, default: 0] += weight
  }

  /// The total weight for `candidate` so far.
  func total(_ candidate: Value) -> Double { totals[candidate] ?? 0 }

  /// Whether any evidence was added.
  var hasEvidence: Bool { !evidence.isEmpty }

  /// The heaviest candidate (the first in `candidates` on a tie). With no evidence the first
  /// candidate, with confidence 0, and an `assumed` entry in the evidence saying so.
  func decide() -> Decision<Value> {
    guard let first = candidates.first else { preconditionFailure("a scorer needs a candidate") }
    // The heaviest and the runner-up's total in one pass, as a stable sort by total would rank
    // them: on equal totals the earlier candidate, which is preferred, stays ahead. Totals are
    // never below 0 (`add` ignores weights that are), so a lone candidate's runner-up is 0.
    var winner = first
    var top = total(first)
    var second = 0.0
    for c in candidates.dropFirst() {
      let t = total(c)
      if t > top {
        second = max(second, top)
        winner = c
        top = t
      } else {
        second = max(second, t)
      }
    }
    var all = evidence
    if !hasEvidence {
      all.append(Evidence(kind: "assumed", supports: label(winner), weight: 0, note: "nothing on the page decides"))
    }
    let margin = top - second
    let confidence = Scorer.rounded(margin / (top + second + prior))
    return Decision(value: winner, evidence: all, margin: Scorer.rounded(margin), confidence: confidence)
  }

  static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
