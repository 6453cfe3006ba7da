import Testing

@testable import WorklogKit

/// The walk of list trees: every node before its children, in order, groups left out of
/// `items` but their children kept.
@Suite struct TreeNodeTests {
  static let origin = SourceRange(
    start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 1, offset: 0))

  static func entry(_ text: String, group: Bool = false, _ children: [ListEntry] = []) -> ListEntry {
    ListEntry(text: text, range: origin, level: 1, group: nil, links: [], isGroup: group, children: children)
  }

  @Test func nodesComeBeforeTheirChildrenInOrder() {
    let trees = [
      Self.entry("a", [Self.entry("a1", [Self.entry("a1x")]), Self.entry("a2")]),
      Self.entry("G", group: true, [Self.entry("g1"), Self.entry("g2", [Self.entry("g2x")])]),
      Self.entry("b"),
    ]
    #expect(trees.flattened.map(\.text) == ["a", "a1", "a1x", "a2", "G", "g1", "g2", "g2x", "b"])
    #expect(trees.items.map(\.text) == ["a", "a1", "a1x", "a2", "g1", "g2", "g2x", "b"])
    #expect([ListEntry]().flattened.isEmpty)
  }
}
