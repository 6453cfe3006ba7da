/// The seam between `worklog add` and `worklog new`: what `add` does when the date's week has
/// no page yet.
///
/// For now it refuses, naming the week and the command that creates it. At merge the lead wires
/// it to `new` (`NewWeekPages.plan(site:siteRoot:week:languages:conventions:)`): it then returns
/// the planned pages (path and bytes, not yet written), `TaskAdder` adds the task to them in
/// memory and reads them back, and the command creates them and says so.
package enum MissingWeek {
  /// A page `new` would write, that `add` logs into before it is written.
  package struct PlannedPage: Sendable, Equatable {
    package var path: String
    package var bytes: [UInt8]
  }

  /// The pages of `week` for `site` in `languages`, to be created; throws while `add` cannot
  /// create weeks.
  package static func pages(site: Site, week: Int, languages: [String]) throws(TrackerError) -> [PlannedPage] {
    throw TrackerError("week \(week) has no page yet; run 'worklog new --week \(week)' first")
  }
}
