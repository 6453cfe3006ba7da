/// An output format of a command, written as the run goes: what comes before the first site,
/// each site in order, and what comes after the last.
///
/// `render` runs across cores, on a copy of the reporter, as each site is read: it only reads
/// the reporter. `write` and `end` then run on one thread, site after site in order, and may
/// keep what the end needs (SARIF keeps line digests). Each returns the text to print.
public protocol Reporter: Sendable {
  /// What one site hands the reporter: its findings, or its summaries.
  associatedtype Site: Sendable
  /// One site as `render` made it, kept until it is written.
  associatedtype Rendered: Sendable
  /// What the run knows once every site is done.
  associatedtype Ending

  /// The text before the first site.
  func begin() -> String
  /// One site, rendered; called off the main thread.
  func render(_ site: Site) -> Rendered
  /// The text of one rendered site, in the order of the sites.
  mutating func write(_ rendered: Rendered) -> String
  /// The text after the last site.
  mutating func end(_ ending: Ending) -> String
}
