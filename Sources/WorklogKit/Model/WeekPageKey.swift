/// A key naming one week page of a site: its path and where its segment starts (the weeks of a
/// whole-term file share its path).
///
/// `Site` finds a page's pairing language by it; hashing the path and a number is cheaper than
/// making and hashing a `"path#start"` string on every look-up.
struct WeekPageKey: Hashable, Sendable {
  let path: String
  let start: Int

  init(_ page: Worklog) {
    path = page.path
    start = page.segment?.lowerBound ?? 0
  }
}
