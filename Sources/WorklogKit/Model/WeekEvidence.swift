/// One week number found in a page, where, and how much it counts.
public struct WeekEvidence: Sendable, Hashable {
  public var source: WeekSource
  public var value: Int
  /// Where in the file; nil for the path.
  public var range: SourceRange?
  /// How much it counts in the week decision.
  public var weight: Double
  /// Why it counts that much, when it is not the source's usual weight.
  public var note: String?

  public init(source: WeekSource, value: Int, range: SourceRange?, weight: Double? = nil, note: String? = nil) {
    self.source = source
    self.value = value
    self.range = range
    self.weight = weight ?? WeekNumber.weight(of: source)
    self.note = note
  }
}
