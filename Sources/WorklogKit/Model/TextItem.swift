/// A line of a cell or list item that is a sub-item: its text and nesting level (1 = top).
public struct TextItem: Sendable, Hashable, Codable {
  public var text: String
  public var level: Int

  public init(text: String, level: Int) {
    self.text = text
    self.level = level
  }
}
