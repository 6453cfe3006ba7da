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
