/// Inline Markdown turned into plain text, sub-items and links.
public struct InlineText: Sendable {
  /// The plain text: markup removed, links replaced by their titles, one line per item.
  public var text: String
  /// The lines of the text with their nesting (`<br>&emsp;+ sub-item` is level 2).
  public var items: [TextItem]
  /// Markdown links, autolinks and bare URLs, in order of appearance.
  public var links: [Reference]
  /// `[text](` with no closing parenthesis, or `[text]( )` with no URL.
  public var brokenLinks: [String]
  /// Control characters (other than tab) found in the text, kept in `text` as they were.
  public var hasControlCharacters: Bool
}
