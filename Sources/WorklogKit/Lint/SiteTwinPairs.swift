/// A site's twin pairs (`Site.twinPairs`), worked out once for all the site rules that compare
/// twins (twin-task-count, twins-date-order-differ, twin-dates-disagree) instead of once by each.
///
/// The linter makes one for each site it lints and hands it to the site rules in their
/// `LintContext`; the pairs are built on the first call.
final class SiteTwinPairs: @unchecked Sendable {
  /// The site whose pairs these are.
  let site: Site
  private let lock = Mutex()
  private var known: [(first: Worklog, second: Worklog)]?

  init(site: Site) { self.site = site }

  /// `site.twinPairs`, built on the first call and kept.
  var pairs: [(first: Worklog, second: Worklog)] {
    if let known = lock.locked({ known }) { return known }
    let found = site.twinPairs
    lock.locked { known = found }
    return found
  }
}
