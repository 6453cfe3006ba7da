/// A page's week number, the place it was mostly taken from, and every place that names one.
public struct WeekNumber: Sendable {
  /// The week, or nil when no source names one (or the page is not a week).
  public var number: Int?
  /// The heaviest source that names `number`.
  public var source: WeekSource?
  /// Every week number found, in source order.
  public var evidence: [WeekEvidence]
  /// The weighing that chose `number`; nil when there was nothing to weigh.
  public var decision: Decision<Int>?

  public init(number: Int?, source: WeekSource?, evidence: [WeekEvidence], decision: Decision<Int>? = nil) {
    self.number = number
    self.source = source
    self.evidence = evidence
    self.decision = decision
  }

  /// Where a finding about the decision points: the heaviest evidence for the week that has a
  /// range (nil when only the path names it).
  public var range: SourceRange? {
    guard let number else { return nil }
    return evidence.filter { $0.value == number && $0.range != nil }.max { $0.weight < $1.weight }?.range
  }
}
