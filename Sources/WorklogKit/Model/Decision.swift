/// The kinds of guess the parser makes about a page.
public enum DecisionKind: String, Sendable, Codable, CaseIterable {
  /// Day-first or month-first reading of a table's numeric dates.
  case dateOrder
  /// Which column of the task table holds the day, the task, the dates, the references.
  case columns
  /// The role of a section, from its heading and what it holds.
  case sectionKind
  /// The page's week number.
  case week
  /// The page's language.
  case language
}

/// One piece of evidence weighed in a decision: what it is, which candidate it speaks for, how
/// much it counts, and where it was read.
public struct Evidence: Sendable, Hashable {
  /// A short camel-case name (`fieldAbove12`, `weekdayAgrees`, `span`, `frontMatterDate`).
  public var kind: String
  /// The candidate it supports, as the decision's value is written in JSON (`dayFirst`).
  public var supports: String
  /// How much it counts; weights of one decision are comparable with each other only.
  public var weight: Double
  /// Where it was read; nil for the path, the site or the configuration.
  public var range: SourceRange?
  /// A detail for a person (`5 of 5 rows`), when there is one.
  public var note: String?

  public init(kind: String, supports: String, weight: Double, range: SourceRange? = nil, note: String? = nil) {
    self.kind = kind
    self.supports = supports
    self.weight = weight
    self.range = range
    self.note = note
  }
}

/// A guess with everything that was weighed for it: the chosen value, the evidence for each
/// candidate, the margin over the runner-up and a confidence from 0 (a coin toss) to 1.
///
/// A decision whose confidence is below `Decision.ambiguousBelow` is `ambiguous`: its value is
/// still used, and the `ambiguous-reading` rule and the summaries say that it is a guess.
public struct Decision<Value: Sendable & Hashable>: Sendable, Hashable {
  /// Confidence below this is ambiguous.
  public static var ambiguousBelow: Double { 0.5 }

  public var value: Value
  /// Every piece of evidence weighed, for every candidate, in the order it was found.
  public var evidence: [Evidence]
  /// The winner's total weight minus the runner-up's.
  public var margin: Double
  /// 0 to 1, rounded to two decimals so the JSON is stable.
  public var confidence: Double

  public var isAmbiguous: Bool { confidence < Decision.ambiguousBelow }

  public init(value: Value, evidence: [Evidence], margin: Double, confidence: Double) {
    self.value = value
    self.evidence = evidence
    self.margin = margin
    self.confidence = confidence
  }

  /// A decision that nothing contradicts and nothing needs weighing (a `.vi.md` suffix).
  public static func certain(_ value: Value, _ evidence: Evidence) -> Decision {
    Decision(value: value, evidence: [evidence], margin: evidence.weight, confidence: 1)
  }

  /// The same evidence and confidence for a value derived from this one.
  public func map<T: Sendable & Hashable>(_ transform: (Value) -> T) -> Decision<T> {
    Decision<T>(value: transform(value), evidence: evidence, margin: margin, confidence: confidence)
  }

  /// The summary that rules and summaries read, without the value's type.
  public func record(_ kind: DecisionKind, value description: String, range: SourceRange?) -> DecisionRecord {
    DecisionRecord(kind: kind, value: description, confidence: confidence, isAmbiguous: isAmbiguous, range: range, evidence: evidence)
  }
}

/// A decision of any kind, for the rules and the summaries: what was decided, how sure, where.
public struct DecisionRecord: Sendable, Hashable {
  public var kind: DecisionKind
  /// The value as the JSON writes it (`dayFirst`, `12`, `vi`).
  public var value: String
  public var confidence: Double
  public var isAmbiguous: Bool
  /// Where a finding about it points (the table's header, the heading); nil for the whole page.
  public var range: SourceRange?
  public var evidence: [Evidence]
}

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
  mutating func add(_ kind: String, for candidate: Value, weight: Double, range: SourceRange? = nil, note: String? = nil) {
    guard weight > 0 else { return }
    evidence.append(Evidence(kind: kind, supports: label(candidate), weight: Scorer.rounded(weight), range: range, note: note))
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
    var ranked = candidates.map { ($0, total($0)) }
    // Stable: equal totals keep the candidates' order of preference.
    ranked = ranked.enumerated().sorted { a, b in
      a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset
    }.map(\.element)
    let (winner, top) = ranked.first ?? (first, 0)
    let second = ranked.dropFirst().first?.1 ?? 0
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

extension Worklog {
  /// Every guess the parser made about this page, for the `ambiguous-reading` rule and the
  /// summaries. Each decision kind adds its line here.
  public var decisions: [DecisionRecord] {
    var all: [DecisionRecord] = []
    if let table = tasks, let order = table.dateOrder {
      let at = source.range(ofLine: min(table.lines.lowerBound, source.lineCount))
      all.append(order.weighed.record(.dateOrder, value: order.order.rawValue, range: at))
    }
    if let table = tasks, let columns = table.columnsDecision {
      let at = source.range(ofLine: min(table.lines.lowerBound, source.lineCount))
      all.append(columns.record(.columns, value: ColumnRoles.describe(columns.value), range: at))
    }
    if isWeekPage, let weekDecision = week.decision {
      all.append(weekDecision.record(.week, value: String(weekDecision.value), range: week.range))
    }
    all.append(language.decision.record(.language, value: language.code, range: nil))
    for s in sections { if let d = s.kindDecision { all.append(d.record(.sectionKind, value: d.value.rawValue, range: s.heading?.range)) } }
    return all
  }
}
