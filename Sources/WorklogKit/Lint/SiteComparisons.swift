/// What the site rules compare across a site's pages, each worked out once for every rule that
/// needs it, and for `summary`, which judges the same site after linting it:
/// - the twin pairs (`Site.twinPairs`: twin-task-count, twins-date-order-differ,
///   twin-dates-disagree);
/// - the copied weeks (`WeekCopies.find`: copied-from-another-week, and the `copied` state).
///
/// `LintSession` makes one for each site it lints, hands it to the site rules in their
/// `LintContext` and keeps it in the site's result; each part is built on its first use.
package final class SiteComparisons: @unchecked Sendable {
  /// The site these are of.
  let site: Site
  private let lock = Mutex()
  private var knownPairs: [(first: Worklog, second: Worklog)]?
  private var knownCopies: [WeekCopies]?

  init(site: Site) { self.site = site }

  /// `site.twinPairs`, built on the first call and kept.
  var pairs: [(first: Worklog, second: Worklog)] {
    if let known = lock.locked({ knownPairs }) { return known }
    let found = site.twinPairs
    lock.locked { knownPairs = found }
    return found
  }

  /// `WeekCopies.find(in: site)`, found on the first call and kept.
  package var copies: [WeekCopies] {
    if let known = lock.locked({ knownCopies }) { return known }
    let found = WeekCopies.find(in: site)
    lock.locked { knownCopies = found }
    return found
  }
}
