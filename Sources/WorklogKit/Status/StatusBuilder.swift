/// Builds a site's `SiteStatus` from the site as read, its findings and its configuration.
public enum StatusBuilder {
  /// The status of `site` on `today`. `findings` are the site's, as `worklog lint` gives them;
  /// `configuration` the site's settings (`programStart`, `languages`).
  public static func status(
    site: Site, findings: [Diagnostic], configuration: Configuration, today: CalendarDate
  ) -> SiteStatus {
    let week = StatusWeek.locate(today: today, programStart: configuration.programStartDate, site: site)
    let languages = expectedLanguages(site, configured: configuration.languages)
    let byPath = Dictionary(grouping: findings, by: \.path)
    let due = week.beforeStart ? nil : week.dates.map { dueDays($0, today: today) }
    let pages = pageStatuses(site, week: week.number, dates: week.dates, due: due, languages: languages, byPath)
    var status = SiteStatus(
      site: site.identity, today: today, week: week, languages: languages, latestWeek: site.weekNumbers.last,
      pages: pages, findings: FindingCounts(findings), previous: nil, next: nil)
    // A last week beyond the site's latest is said by the latest week already.
    if !week.beforeStart, week.number > 1, week.number - 1 <= (site.weekNumbers.last ?? 0) {
      status.previous = previousWeek(site, week: week, languages: languages, byPath)
    }
    status.next = StatusHint.next(status)
    return status
  }

  /// The languages every week is expected in: the configured ones, else each language at least
  /// half of the site's weeks have a page in (the site's languages when none reaches half).
  static func expectedLanguages(_ site: Site, configured: [String]?) -> [String] {
    if let configured, !configured.isEmpty { return configured }
    let byWeek = site.pagesByWeek
    var weeksIn: [String: Int] = [:]
    for pages in byWeek.values {
      for code in Set(pages.map { site.languageCode(of: $0) }) { weeksIn[code, default: 0] += 1 }
    }
    let common = weeksIn.filter { $0.value * 2 >= byWeek.count }.map(\.key).sorted()
    return common.isEmpty ? site.languages : common
  }

  /// The working days (Monday to Friday) of `week` up to and including `today`.
  static func dueDays(_ week: ClosedRange<CalendarDate>, today: CalendarDate) -> [Int] {
    guard today >= week.lowerBound else { return [] }
    let last = today > week.upperBound ? 7 : today.weekday
    return Array(1...min(5, last))
  }

  /// Week `number`'s pages in each language (a missing one without a path), then pages in a
  /// language not expected.
  static func pageStatuses(
    _ site: Site, week number: Int, dates: ClosedRange<CalendarDate>?, due: [Int]?, languages: [String],
    _ findings: [String: [Diagnostic]]
  ) -> [PageStatus] {
    let pages = site.pages(week: number)
    var out: [PageStatus] = []
    for language in languages {
      let mine = pages.filter { site.languageCode(of: $0) == language }
      if mine.isEmpty { out.append(.missing(language)) }
      for page in mine { out.append(status(page, site: site, dates: dates, due: due, findings)) }
    }
    for page in pages where !languages.contains(site.languageCode(of: page)) {
      out.append(status(page, site: site, dates: dates, due: due, findings))
    }
    return out
  }

  /// One page's entry.
  static func status(
    _ page: Worklog, site: Site, dates: ClosedRange<CalendarDate>?, due: [Int]?, _ findings: [String: [Diagnostic]]
  ) -> PageStatus {
    let logged = LoggedDays.weekdays(page, in: dates)
    let written = (page.tasks?.rows ?? []).contains { LoggedDays.isWritten($0.task?.value.text) }
    return PageStatus(
      language: site.languageCode(of: page), path: page.path, relativePath: site.relativePath(page),
      daysLogged: logged, daysMissing: (due ?? []).filter { !logged.contains($0) }, template: !written,
      placeholders: LoggedDays.placeholders(page), findings: FindingCounts(findings[page.path] ?? []))
  }

  /// Last week's problems: pages missing, not filled in, working days without a task, errors
  /// and warnings on its pages. Nil when it has none.
  static func previousWeek(
    _ site: Site, week: StatusWeek, languages: [String], _ findings: [String: [Diagnostic]]
  ) -> PreviousWeek? {
    let number = week.number - 1
    let dates = week.monday.map { monday in monday.adding(days: -7)...monday.adding(days: -1) }
    let pages = pageStatuses(
      site, week: number, dates: dates, due: dates == nil ? nil : [1, 2, 3, 4, 5], languages: languages, findings)
    var problems: [String] = []
    if pages.allSatisfy({ !$0.exists }) {
      problems.append("no page")
    } else {
      for page in pages where !page.exists { problems.append("no \(Worklog.languageName(page.language)) page") }
      let present = pages.filter(\.exists)
      if present.allSatisfy(\.template) {
        problems.append("not filled in")
      } else if let shown = present.first(where: { !$0.template }), !shown.daysMissing.isEmpty {
        let n = shown.daysMissing.count
        problems.append(
          "\(n) \(n == 1 ? "day" : "days") missing (\(shown.daysMissing.map(StatusWording.weekday).joined(separator: ", ")))"
        )
      }
      let counts = present.reduce(into: FindingCounts()) {
        $0.error += $1.findings.error
        $0.warning += $1.findings.warning
      }
      if counts.hasProblems { problems.append(StatusWording.problems(counts)) }
    }
    return problems.isEmpty ? nil : PreviousWeek(week: number, problems: problems)
  }
}
