/// How a page's front matter is delimited.
public enum FrontMatterFence: String, Sendable, Codable {
  /// `---` … `---`.
  case yaml
  /// No front matter at all.
  case missing
  /// An opening `---` with no closing fence; entries were read up to the first line that is not one.
  case unterminated
  /// `+++` … `+++` TOML front matter.
  case toml
  /// A `{ … }` JSON object at the top of the page.
  case json
}
