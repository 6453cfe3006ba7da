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
  var pairs: [(first: Worklog, second: Worklog)] { kept(\.knownPairs) { $0.twinPairs } }

  /// `WeekCopies.find(in: site)`, found on the first call and kept.
  package var copies: [WeekCopies] { kept(\.knownCopies) { WeekCopies.find(in: $0) } }

  /// The value kept at `slot`, made from the site on the first call. Made outside the lock:
  /// two threads asking at once may both make it, and either result is the same.
  private func kept<T>(_ slot: ReferenceWritableKeyPath<SiteComparisons, T?>, _ make: (Site) -> T) -> T {
    if let known = lock.locked({ self[keyPath: slot] }) { return known }
    let found = make(site)
    lock.locked { self[keyPath: slot] = found }
    return found
  }
}
