extension SummaryBuilder {
  /// The summaries of a site read whole for context, with only the weeks of the pages reported
  /// on (`shown`; nil shows every week, as `terms(site:findings:options:)` does).
  ///
  /// The other pages still count where a week is compared with its siblings (a missing twin, a
  /// missing week); they are only not shown.
  public static func terms(
    site: Site, findings: [Diagnostic], options: SummaryOptions, configuration: Configuration = Configuration(),
    showing shown: Set<String>?, copies: [WeekCopies]? = nil
  ) -> [TermSummary] {
    let all = terms(site: site, findings: findings, options: options, configuration: configuration, copies: copies)
    guard let shown else { return all }
    var weeks = Set(site.weeks.filter { shown.contains($0.path) }.compactMap(\.trustedWeek))
    for error in site.errors where shown.contains(error.path) {
      if let n = PagePath(error.path).week { weeks.insert(n) }
    }
    return all.map { term in term.replacing(weeks: term.weeks.filter { weeks.contains($0.week) }) }
  }
}
