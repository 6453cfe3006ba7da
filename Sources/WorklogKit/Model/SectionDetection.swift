/// How a section was recognised.
public enum SectionDetection: String, Sendable, Codable {
  /// A Markdown heading.
  case heading
  /// A plain or bold line such as `Week 3 Objectives:`.
  case plainLine
  /// No heading at all: the list before the task table, or the list after it.
  case structure
}
