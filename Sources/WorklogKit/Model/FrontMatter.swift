/// The front matter of a page: its entries in order and how it was fenced.
public struct FrontMatter: Sendable {
  public var fence: FrontMatterFence
  /// The whole block, fences included; nil when missing.
  public var range: SourceRange?
  public var entries: [FrontMatterEntry]
  /// Lines inside the block that are not `key: value` and not part of a list or nested value.
  public var unreadableLines: [Located<String>]
  /// The first line of the body after the front matter (1-based).
  public var bodyStartLine: Int

  /// The last entry with `key` (case-sensitive, as Hugo reads it).
  public subscript(key: String) -> FrontMatterEntry? {
    entries.last { $0.key.value == key }
  }
}
