/// How the text and Markdown summaries are drawn, beyond what they say: the strip's symbols and
/// how much a week over several sites shows.
public struct SummaryStyle: Sendable, Hashable {
  /// Week states as ASCII stand-ins (`WeekStateLook.ascii`) instead of UTF-8 symbols.
  public var ascii: Bool
  /// With `--week N` over several sites, each site's week in full after the table.
  public var details: Bool

  public init(ascii: Bool = false, details: Bool = false) {
    self.ascii = ascii
    self.details = details
  }

  /// Whether the locale in `variables` writes UTF-8: the first of `LC_ALL`, `LC_CTYPE` and
  /// `LANG` that is set (and not empty) names `UTF-8` or `utf8`, in any case. None set: no (the
  /// C locale).
  public static func isUTF8(_ variables: [String: String]) -> Bool {
    guard let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap({ variables[$0] }).first(where: { !$0.isEmpty })
    else { return false }
    let lower = locale.lowercased()
    return lower.contains("utf-8") || lower.contains("utf8")
  }
}
