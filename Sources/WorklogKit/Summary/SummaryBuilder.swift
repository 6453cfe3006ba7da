/// Builds the summaries of a site from its pages and the findings on them.
///
/// The caller lints (with whatever configuration applies) and passes the findings in, so the
/// builder does no I/O and a test can hand it any findings it likes.
public enum SummaryBuilder {
  /// Weeks are filled in (as missing) up to this number at most; a page claiming week 2025 is
  /// shown, but does not make two thousand weeks missing.
  static let highestFilledWeek = 60

  /// The summaries of `site`: one, or one per language for `LanguageChoice.all`; none when
  /// the site is no worklog at all (only stray pages such as a README, with no week page, no
  /// overview, no task table and nothing unreadable). `configuration` is the site's
  /// (`programStart`, `termWeeks`, `displayName`, `conventions.workingDays`). `copies` are the
  /// site's copied weeks when linting found them already (`SiteComparisons`), else they are found.
  public static func terms(
    site: Site, findings: [Diagnostic], options: SummaryOptions, configuration: Configuration = Configuration(),
    copies: [WeekCopies]? = nil
  ) -> [TermSummary] {
    guard isWorklog(site) else { return [] }
    let pages = SitePages(site)
    var byPath: [String: [Diagnostic]] = [:]
    for d in findings { byPath[d.path, default: []].append(d) }
    let expected = ExpectedWeeks.resolve(
      options.weeks, present: pages.weekNumbers, programStart: configuration.programStartDate,
      termWeeks: configuration.termWeeks, today: options.today, highestFilledWeek: highestFilledWeek)
    let weeks = expected.weeks(present: options.weeks == .all ? pages.weekNumbers : [])
    let judgement = WeekJudgement(
      calendar: WeekCalendar.judging(site, programStart: configuration.programStartDate), today: options.today,
      workingDays: configuration.conventions?.workingDays ?? 5,
      copies: Dictionary(grouping: copies ?? WeekCopies.find(in: site), by: \.page.path), dayPages: dayPages(site))
    let views: [String?]
    switch options.language {
    case .preferEnglish: views = [nil]
    case .only(let language): views = [language]
    case .all: views = pages.languages.isEmpty ? [nil] : pages.languages
    }
    return views.map { view in
      let summaries = weeks.map { n in
        let (summary, page) = week(n, view: view, pages: pages, findings: byPath)
        return summary.judged(by: judgement, page: page)
      }
      let languages = view.map { [$0] } ?? Array(Set(summaries.compactMap(\.language))).sorted()
      let listed = findings.filter { d in
        guard let view, let page = site.page(at: d.path) else { return true }
        return site.languageCode(of: page) == view
      }.map { FindingSummary($0, site: site) }
      return TermSummary(
        site: site.identity, languages: languages, weeks: summaries, notes: pages.notes, expected: expected,
        displayName: configuration.displayName, findings: listed)
    }
  }

  /// For each week page, the site's other pages in its language kept inside its folder
  /// (`1.8-Week8/1.8.3-Day38/_index.md`): sites that give each day a page of its own.
  static func dayPages(_ site: Site) -> [String: Int] {
    guard !site.others.isEmpty else { return [:] }
    // Each other page's path and language once, not once per week page. ASCII paths compare
    // as bytes, which is what `hasPrefix` answers for them.
    let others = site.others.indices.map { i in
      let path = site.others[i].path
      return (path: path, code: site.languageCode(of: site.others[i]), ascii: ByteText.isASCII(path))
    }
    var out: [String: Int] = [:]
    for w in site.weeks.indices {
      let path = site.weeks[w].path
      guard let slash = path.lastIndex(of: "/") else { continue }
      let folder = path[...slash]
      let code = site.languageCode(ofWeekAt: w)
      let ascii = ByteText.isASCII(folder)
      let inside = others.filter { other in
        other.code == code
          && (ascii && other.ascii ? other.path.utf8.starts(with: folder.utf8) : other.path.hasPrefix(folder))
      }.count
      if inside > 0 { out[path] = inside }
    }
    return out
  }

  /// Whether a site holds anything of a worklog: a week, an overview, a task table or a page
  /// that could not be read.
  static func isWorklog(_ site: Site) -> Bool {
    !site.weeks.isEmpty || !site.overviews.isEmpty || !site.errors.isEmpty || site.others.contains { $0.tasks != nil }
  }

  /// Week `n` as view `view` shows it (nil: English when there is an English page).
  static func week(_ n: Int, view: String?, pages: SitePages, findings: [String: [Diagnostic]]) -> (
    WeekSummary, Worklog?
  ) {
    let readable = pages.readable[n] ?? []
    let unreadable = pages.unreadable[n] ?? []
    let wanted = view ?? "en"
    var notes: [String] = []
    var shown = readable.filter { $0.language.code == wanted }
    let broken = unreadable.filter { $0.language == wanted }
    if shown.isEmpty && view == nil, let fallback = readable.min(by: { $0.language.code < $1.language.code }) {
      shown = readable.filter { $0.language.code == fallback.language.code }
      if let b = broken.first {
        notes.append(
          "the en page cannot be read (\(b.error.path): \(b.error.reason)); showing \(fallback.language.code)")
      } else if pages.languages.contains("en") {
        notes.append("no en page; showing \(fallback.language.code)")
      }
    } else if !shown.isEmpty {
      notes += broken.map { "another \(wanted) page cannot be read: \($0.error.path): \($0.error.reason)" }
    }
    // A language written in the path (`.en.md`, `content/en/`) beats one guessed from the text.
    shown = shown.filter { $0.language.source != .text } + shown.filter { $0.language.source == .text }
    if let page = shown.first {
      if shown.count > 1 {
        notes.append(
          "\(shown.count) \(page.language.code) pages for week \(n); also \(shown.dropFirst().map(\.path).joined(separator: ", "))"
        )
      }
      return (
        WeekSummary(page: page, week: n, findings: pages.findings(on: page, findings[page.path] ?? []), notes: notes),
        page
      )
    }
    if let b = view == nil ? broken.first ?? unreadable.first : broken.first {
      return (.unreadable(n, language: b.language, path: b.error.path, reason: b.error.reason, notes: notes), nil)
    }
    let elsewhere = Set(readable.map(\.language.code) + unreadable.map(\.language)).sorted()
    if !elsewhere.isEmpty { notes.append("no \(wanted) page; there is one in \(elsewhere.joined(separator: ", "))") }
    return (.missing(n, notes: notes), nil)
  }
}

/// A site's week pages sorted out for summarising: readable pages and unreadable paths by week,
/// and notes about pages that fit no week.
struct SitePages {
  struct Unreadable {
    var language: String
    var error: FileSystemError
  }

  var readable: [Int: [Worklog]] = [:]
  var unreadable: [Int: [Unreadable]] = [:]
  /// Lines of each whole-term page that belong to a week.
  var segments: [String: [ClosedRange<Int>]] = [:]
  var notes: [String] = []
  /// The languages of the week pages, readable or not, sorted.
  var languages: [String]
  var weekNumbers: Set<Int>

  init(_ site: Site) {
    // Pages are placed in weeks as lint places them: by the site's index of trusted weeks.
    readable = site.pagesByWeek
    for page in site.weeks {
      guard page.trustedWeek != nil else {
        // `weight` alone is no week: the template leaves it at 1 on every page.
        let found = page.week.number.map { "only its weight names a week (\($0))" } ?? "no week number found"
        notes.append("\(page.path): \(found); not placed in any week")
        continue
      }
      if let s = page.segment { segments[page.path, default: []].append(s) }
    }
    // A page with a task table but no week number is most likely a week that lost its number.
    for page in site.others where page.tasks != nil {
      notes.append("\(page.path): has a task table but no week number; not placed in any week")
    }
    // An unsuffixed page that cannot be read is taken to be in the language of the site's other
    // unsuffixed pages, else in English (Hugo's usual default).
    var unsuffixed: [String: Int] = [:]
    for page in site.weeks where page.language.source == .text || page.language.source == .siteDefault {
      unsuffixed[page.language.code, default: 0] += 1
    }
    let defaultLanguage = unsuffixed.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "en"
    for error in site.errors {
      let path = PagePath(error.path)
      guard let n = path.week, !path.isSectionIndex else {
        notes.append("cannot read \(error.path): \(error.reason)")
        continue
      }
      unreadable[n, default: []].append(
        Unreadable(language: path.languageSuffix ?? path.languageFolder ?? defaultLanguage, error: error))
    }
    if site.weeks.isEmpty && site.errors.isEmpty { notes.append("no week pages found") }
    languages = Array(
      Set(readable.values.flatMap { $0.map(\.language.code) } + unreadable.values.flatMap { $0.map(\.language) })
    ).sorted()
    weekNumbers = Set(readable.keys).union(unreadable.keys)
  }

  /// The counts of `findings` (all on `page`'s file) that belong to `page`: for one week of a
  /// whole-term page, those on its lines, and the file's other findings go to its first week.
  func findings(on page: Worklog, _ findings: [Diagnostic]) -> FindingCounts {
    guard let segment = page.segment, let all = segments[page.path] else { return FindingCounts(findings) }
    let isFirst = all.map(\.lowerBound).min() == segment.lowerBound
    return FindingCounts(
      findings.filter { d in
        let line = d.range.start.line
        return segment.contains(line) || (isFirst && !all.contains { $0.contains(line) })
      })
  }
}
