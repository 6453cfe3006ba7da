/// The role of a section of a week page, judged from its heading.
public enum SectionKind: String, Sendable, Codable {
  case objectives, tasks, achievements
  /// One heading over both the task table and the achievements (`Tasks and Achievements`).
  case tasksAndAchievements
  case references, challenges, nextWeek, learnings
  /// A heading that repeats the page title (`WEEK 3 WORKLOG`, a date range).
  case title
  case other
}

/// How a section was recognised.
public enum SectionDetection: String, Sendable, Codable {
  /// A Markdown heading.
  case heading
  /// A plain or bold line such as `Week 3 Objectives:`.
  case plainLine
  /// No heading at all: the list before the task table, or the list after it.
  case structure
}

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
}

/// An objective or achievement: one list item (or paragraph) of its section.
public struct ListEntry: Sendable {
  /// Plain text (markup removed; continuation lines joined with a space).
  public var text: String
  /// The item's first line and its range (marker excluded).
  public var range: SourceRange
  /// 1 for top-level items, 2 for their children, and so on.
  public var level: Int
  /// The sub-heading or bold pseudo-heading the item sits under (`1. Docker Fundamentals`).
  public var group: String?
  /// Links written in the item.
  public var links: [Reference]

  public var line: Int { range.start.line }
}
