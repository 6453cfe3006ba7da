/// The site a page belongs to: its root folder and a display name.
public struct SiteIdentity: Sendable, Hashable, Codable {
  /// The folder holding `content/` (or the worklog section's parent), as given.
  public var root: String
  /// The root's last path component.
  public var name: String
}
