/// A reference a task cites: a link's title and URL, or a label without a URL.
public struct Reference: Sendable, Hashable, Codable {
  /// The link text, or the URL itself for a bare URL or an autolink.
  public var title: String
  /// The URL; nil for a label that links nowhere (`[Meeting Notes]`, `Project Docs`).
  public var url: String?

  public init(title: String, url: String?) {
    self.title = title
    self.url = url
  }
}
