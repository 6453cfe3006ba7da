/// The seam between `worklog add` and `worklog new`: what `add` does when the date's week has
/// no page yet. It plans the week's pages as `new` would (`NewWeekPages.plan`, in the site's
/// conventions), `TaskAdder` logs the task into them in memory and reads them back, and the
/// command creates them and says so.
package enum MissingWeek {
  /// The pages of `week` for `site` in `languages`, to be created, holding `date`; throws when
  /// the week the conventions' calendar gives does not hold the date (a calendar `add` and
  /// `new` disagree on is not guessed at).
  package static func pages(
    site: Site, week: Int, languages: [String], date: CalendarDate, configuration: Configuration, today: CalendarDate
  ) throws(TrackerError) -> [PlannedPage] {
    let conventions = ConventionsLearner.learn(site: site, configuration: configuration, today: today)
    let planned = NewWeekPages.plan(
      site: site, siteRoot: site.identity.root, week: week, languages: languages, conventions: conventions)
    guard !planned.isEmpty else {
      throw TrackerError("week \(week) has no page yet, and no page can be planned for it")
    }
    for page in planned {
      guard let first = page.dates.first, let last = page.dates.last else { continue }
      let week = first.adding(days: -(first.weekday - 1))...first.adding(days: 7 - first.weekday)
      guard week.contains(date) || (first...last).contains(date) else {
        throw TrackerError(
          "week \(page.week) has no page yet, and the page 'worklog new --week \(page.week)' would write is dated \(first)…\(last), not \(date); set programStart in .worklog.json"
        )
      }
    }
    return planned
  }
}
