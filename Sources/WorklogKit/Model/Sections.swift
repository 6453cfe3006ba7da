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

/// An objective or achievement: one list item (or paragraph) of its section with the items
/// nested under it, or a group: a sub-heading (or bold pseudo-heading) with the items below it.
public struct ListEntry: Sendable {
  /// Plain text (markup removed; continuation lines joined with a space); a group's heading.
  public var text: String
  /// The item's first line and its range (marker excluded).
  public var range: SourceRange
  /// 1 for top-level entries, 2 for their children, and so on: the depth in the tree.
  public var level: Int
  /// The sub-heading or bold pseudo-heading the entry sits under (`1. Docker Fundamentals`).
  public var group: String?
  /// Links written in the item.
  public var links: [Reference]
  /// Whether this is a sub-heading (or bold pseudo-heading) holding the entries below it.
  public var isGroup: Bool
  /// The items nested under this one, or a group's items.
  public var children: [ListEntry]

  public init(
    text: String, range: SourceRange, level: Int, group: String?, links: [Reference], isGroup: Bool = false,
    children: [ListEntry] = []
  ) {
    self.text = text
    self.range = range
    self.level = level
    self.group = group
    self.links = links
    self.isGroup = isGroup
    self.children = children
  }

  public var line: Int { range.start.line }
}

/// A value with children of its own kind: a list item and its sub-items.
public protocol TreeNode {
  var children: [Self] { get }
}

extension Array where Element: TreeNode {
  /// Every node of the trees, each before its children: what a rule reads when it needs every
  /// item, nested ones included.
  public var flattened: [Element] {
    var out: [Element] = []
    var stack: [Element] = reversed()
    while let e = stack.popLast() {
      out.append(e)
      stack.append(contentsOf: e.children.reversed())
    }
    return out
  }
}

extension ListEntry: TreeNode {}

extension Array where Element == ListEntry {
  /// The entries' items, groups left out, in order: the texts a person wrote as items.
  public var items: [ListEntry] { flattened.filter { !$0.isGroup } }
}
