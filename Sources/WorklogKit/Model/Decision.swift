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
    DecisionRecord(
      kind: kind, value: description, confidence: confidence, isAmbiguous: isAmbiguous, range: range, evidence: evidence
    )
  }
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
    for s in sections {
      if let d = s.kindDecision { all.append(d.record(.sectionKind, value: d.value.rawValue, range: s.heading?.range)) }
    }
    return all
  }
}
