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

extension ListEntry: TreeNode {}

extension Array where Element == ListEntry {
  /// The entries' items, groups left out, in order: the texts a person wrote as items.
  public var items: [ListEntry] { nodes { !$0.isGroup } }
}
