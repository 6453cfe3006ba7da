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
