/// A section of a page: its role, its heading, and the lines it spans.
public struct Section: Sendable {
  public var kind: SectionKind
  /// The heading text (without `#` marks); nil for a section found by structure.
  public var heading: Located<String>?
  /// 1 to 6 for Markdown headings, 0 for plain lines and structure.
  public var level: Int
  public var detectedBy: SectionDetection
  /// From the heading line (or first content line) to the last line of the section.
  public var lines: ClosedRange<Int>
  /// A week number written in the heading (`Week 8 Objectives`), if any.
  public var weekInHeading: Int?
  /// How `kind` was weighed (heading words, what the section holds, where it sits), for the
  /// sections where there was something to weigh; nil where the heading alone says it.
  public var kindDecision: Decision<SectionKind>?
  /// Whether nothing stands under the heading (`EmptySections`); false for a section without one.
  public var isEmpty = false

  public init(
    kind: SectionKind, heading: Located<String>?, level: Int, detectedBy: SectionDetection, lines: ClosedRange<Int>,
    weekInHeading: Int?, kindDecision: Decision<SectionKind>? = nil
  ) {
    self.kind = kind
    self.heading = heading
    self.level = level
    self.detectedBy = detectedBy
    self.lines = lines
    self.weekInHeading = weekInHeading
    self.kindDecision = kindDecision
  }
}
