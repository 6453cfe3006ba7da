/// The site-level step of the whole-term split.
///
/// `WorklogParser` splits a page whose headings name many weeks into one worklog per week
/// (`PageKind.termWeek`), page by page. Only the site can tell whether that was right: a site
/// with week pages of its own has an overview that lists the weeks, not a whole term. This step
/// reads each such file again, whole, in place of its weeks.
enum WholeTerm {
  /// Replaces the weeks split from one file by that file read whole, when `pages` (a site's
  /// pages, in order) hold a week page of their own. `located` gives each path as discovery
  /// located it, so the re-read file keeps its site and identity.
  static func rejoin(_ pages: inout [Worklog], located: [String: PagePath]) {
    guard pages.contains(where: { $0.kind == .week }) else { return }
    var seen = Set<String>()
    pages = pages.flatMap { page -> [Worklog] in
      guard page.kind == .termWeek else { return [page] }
      guard seen.insert(page.path).inserted else { return [] }
      return WorklogParser.parse(page.source, path: located[page.path] ?? PagePath(page.path), splitTerm: false)
    }
  }
}
