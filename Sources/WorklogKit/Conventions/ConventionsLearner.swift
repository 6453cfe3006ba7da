/// Learns a site's conventions from its week pages: each convention is voted on by the pages
/// that say something about it (the commonest wins, a tie goes to the most recent week), and
/// defaulted from the standard template where no page does.
public enum ConventionsLearner {
  /// The conventions of `site` (nil or without week pages: the defaults in English and
  /// Vietnamese), with `configuration`'s `programStart` and `conventions` laid over them.
  /// `today` places week 1 when nothing else does.
  public static func learn(site: Site?, configuration: Configuration = Configuration(), today: CalendarDate)
    -> SiteConventions
  {
    let pages = site.map { s in s.weeks.filter { $0.kind == .week && $0.trustedWeek != nil } } ?? []
    var codes: [String] = []
    var byCode: [String: [Worklog]] = [:]
    for page in pages {
      let code = site?.languageCode(of: page) ?? page.language.code
      if byCode[code] == nil { codes.append(code) }
      byCode[code, default: []].append(page)
    }
    codes.sort()
    var languages = codes.compactMap { code -> LanguageConventions? in
      guard let site, let pages = byCode[code] else { return nil }
      return learnLanguage(code, pages, site: site)
    }
    if languages.isEmpty { languages = [ConventionDefaults.language("en"), ConventionDefaults.language("vi")] }
    var conventions = SiteConventions(
      languages: languages, workingDays: workingDays(pages),
      calendar: calendar(site: site, configuration: configuration, today: today))
    if let settings = configuration.conventions { settings.apply(to: &conventions) }
    addRequiredKeys(configuration.effectiveRequiredKeys, to: &conventions)
    return conventions
  }

  static func learnLanguage(_ code: String, _ pages: [Worklog], site: Site) -> LanguageConventions {
    let standard = ConventionDefaults.language(code)
    var paths = Ballot<PathPattern>()
    var widths: [String: [Int]] = [:]
    var fences = Ballot<FrontMatterFence>()
    var keyOrders = Ballot<[String]>()
    var values: [String: Ballot<WeekWording>] = [:]
    var quoted: [String: Ballot<Bool>] = [:]
    var headings: [SectionKind: Ballot<WeekWording>] = [:]
    var tables = Ballot<TableStyle>()
    var dates = Ballot<DateStyle>()
    var days = Ballot<DayStyle>()
    var newlines = Ballot<String>()
    for page in pages {
      guard let week = page.trustedWeek else { continue }
      let (pattern, shown) = PathPattern.reading(site.relativePath(page), week: week)
      if pattern.namesWeek {
        let key = pattern.description
        paths.vote(key, pattern, week: week)
        var known = widths[key] ?? Array(repeating: 1, count: shown.count)
        for (i, w) in shown.enumerated() { if let w, i < known.count { known[i] = max(known[i], w) } }
        widths[key] = known
      }
      newlines.vote(page.source.newline(near: 1), page.source.newline(near: 1), week: week)
      learnFrontMatter(page, week: week, &fences, &keyOrders, &values, &quoted)
      for kind in [SectionKind.objectives, .tasks, .achievements] {
        guard let section = page.section(kind), let heading = section.heading, section.level > 0 else { continue }
        let line = page.source.text(ofLine: heading.range.start.line).trimmingSpaces
        // A weak wording (`Outcomes`, `Daily`) names its section only with content under it.
        guard line.hasPrefix("#"), Vocabulary.sectionKind(heading.value) == kind,
          !Vocabulary.isWeak(heading.value, as: kind)
        else { continue }
        let wording = WeekWording.reading(line, week: week)
        headings[kind, default: Ballot()].vote(wording.key, wording, week: week)
      }
      if let table = page.tasks, table.kind == .pipe, table.columns.task != nil {
        let header = page.source.text(ofLine: table.lines.lowerBound).trimmingSpaces
        let separator = page.source.text(ofLine: table.lines.lowerBound + 1).trimmingSpaces
        if header.hasPrefix("|"), separator.hasPrefix("|") {
          let style = TableStyle(
            header: header, separator: separator, columnCount: table.header.count, columns: table.columns)
          tables.vote(table.header.map(\.value).joined(separator: "\u{0}"), style, week: week)
        }
        if let style = dateStyle(page, table) { dates.vote(style.description, style, week: week) }
        if let style = table.rows.lazy.compactMap({ row in
          row.day.flatMap { DayStyle.of($0.value, numbering: table.dayNumbering) }
        }).first {
          days.vote(style.rawValue, style, week: week)
        }
      }
    }
    // A new page has no other dates to take a year from: a year-less form gets the year.
    var learnedDates = dates.winner(or: standard.dates.value)
    if learnedDates.value.yearDigits == 0 { learnedDates.value.yearDigits = 4 }
    var path = paths.winner(or: standard.path.value)
    if case .learned = path.origin, let w = widths[path.value.description] { path.value = path.value.padded(w) }
    let frontMatter = frontMatterStyle(fences, keyOrders, values, quoted, standard: standard.frontMatter.value)
    func heading(_ kind: SectionKind) -> Learned<WeekWording> {
      headings[kind]?.winner ?? standard.heading(kind)
    }
    return LanguageConventions(
      code: code, path: path, frontMatter: frontMatter, objectives: heading(.objectives), tasks: heading(.tasks),
      achievements: heading(.achievements), table: tables.winner(or: standard.table.value),
      dates: learnedDates, days: days.winner(or: standard.days.value),
      newline: newlines.winner(or: "\n"))
  }

  /// The vote of a page's front matter: its fence, its keys in order, and each value.
  static func learnFrontMatter(
    _ page: Worklog, week: Int, _ fences: inout Ballot<FrontMatterFence>, _ keyOrders: inout Ballot<[String]>,
    _ values: inout [String: Ballot<WeekWording>], _ quoted: inout [String: Ballot<Bool>]
  ) {
    let fence = page.frontMatter.fence
    guard fence == .yaml || fence == .toml else { return }
    fences.vote(fence.rawValue, fence, week: week)
    let keys = page.frontMatter.entries.map(\.key.value).filter { $0 != "draft" }
    keyOrders.vote(keys.joined(separator: "\u{0}"), keys, week: week)
    for entry in page.frontMatter.entries {
      let key = entry.key.value
      let raw = entry.raw
      let isQuoted = raw.hasPrefix("\"") || raw.hasPrefix("'")
      quoted[key, default: Ballot()].vote(isQuoted ? "q" : "u", isQuoted, week: week)
      let wording = WeekWording.reading(raw, week: week)
      values[key, default: Ballot()].vote(wording.key, wording, week: week)
    }
  }

  /// The front matter the votes give: the keys in the commonest order, each value as most pages
  /// write it; a value that differs on every page (a description) is left out, and `title` and
  /// `pre` then take the standard wording.
  static func frontMatterStyle(
    _ fences: Ballot<FrontMatterFence>, _ keyOrders: Ballot<[String]>, _ values: [String: Ballot<WeekWording>],
    _ quoted: [String: Ballot<Bool>], standard: FrontMatterStyle
  ) -> Learned<FrontMatterStyle> {
    guard let order = keyOrders.winner, let fence = fences.winner else { return Learned(standard, .defaulted) }
    var entries: [FrontMatterStyle.Entry] = []
    for key in order.value {
      let isQuoted = quoted[key]?.winner?.value ?? false
      switch key {
      case "date": entries.append(.init(key: key, value: .monday(quoted: isQuoted)))
      case "weight": entries.append(.init(key: key, value: .weight(quoted: isQuoted)))
      default:
        if let best = values[key]?.winner, case .learned(let n, let total) = best.origin, n >= 2 || total == 1 {
          entries.append(.init(key: key, value: .wording(best.value)))
        } else if let fallback = standard.entries.first(where: { $0.key == key }) {
          entries.append(fallback)
        }
      }
    }
    return Learned(FrontMatterStyle(fence: fence.value, entries: entries), order.origin)
  }

  /// How a table writes its first date that can be read back.
  static func dateStyle(_ page: Worklog, _ table: TaskTable) -> DateStyle? {
    for row in table.rows {
      // A year-less cell (`28/04`) may have no date of its own: its form still counts.
      for cell in [row.start, row.end].compactMap({ $0 }) where cell.date != nil || cell.problem != nil {
        if CalendarDate.parseISO(cell.raw.value) != nil, cell.raw.value.count == 10 {
          return DateStyle(order: .dayFirst, separator: "-", iso: true)
        }
        guard let text = NumericDateText(page.source, cell) else { continue }
        let padded =
          text.first.hasPrefix("0") || text.second.hasPrefix("0") || text.first.count == 2 && text.second.count == 2
        return DateStyle(
          order: table.dateOrder?.order ?? .dayFirst, separator: text.separator, padded: padded,
          yearDigits: text.year?.digits.count ?? 0)
      }
    }
    return nil
  }

  /// 7 when most tables with weekdays log a Saturday or Sunday, else 5.
  static func workingDays(_ pages: [Worklog]) -> Learned<Int> {
    var ballot = Ballot<Int>()
    for page in pages {
      guard let rows = page.tasks?.rows, let week = page.trustedWeek else { continue }
      let weekdays = rows.compactMap(\.weekday)
      guard !weekdays.isEmpty else { continue }
      let weekend = weekdays.contains { $0 >= 6 } || rows.contains { ($0.weekdayEnd ?? 0) >= 6 }
      ballot.vote(weekend ? "7" : "5", weekend ? 7 : 5, week: week)
    }
    return ballot.winner(or: 5)
  }

  /// Adds each key `lint` requires that the learned front matter lacks, with the standard value
  /// (a site whose pages all lack `chapter` still gets it on a new page, which lints clean).
  static func addRequiredKeys(_ keys: [String], to conventions: inout SiteConventions) {
    for i in conventions.languages.indices {
      let standard = ConventionDefaults.language(conventions.languages[i].code).frontMatter.value.entries
      var style = conventions.languages[i].frontMatter.value
      for key in keys where !style.entries.contains(where: { $0.key == key }) {
        if let entry = standard.first(where: { $0.key == key }) { style.entries.append(entry) }
      }
      conventions.languages[i].frontMatter.value = style
    }
  }

  /// The last day of each task row of `week` (its start for a row running past two weeks,
  /// `TaskDays.longestRange`, as summaries count it).
  static func endDays(_ site: Site, week: Int) -> [CalendarDate] {
    site.pages(week: week).flatMap { $0.tasks?.rows ?? [] }.compactMap { row -> CalendarDate? in
      guard let start = row.startDate else { return nil }
      guard let end = row.endDate, (0...TaskDays.longestRange).contains(start.days(to: end)) else { return start }
      return end
    }
  }

  /// The last task day of `week`, nil when it has none.
  static func lastDay(_ site: Site, week: Int) -> CalendarDate? { endDays(site, week: week).max() }

  /// `programStart` when configured; else week 1's Monday counted back from the latest dated
  /// week that agrees with the site's other dated weeks (`StatusWeek.latestDatedWeek`, the one
  /// vote `status` places today's week by, so a week whose table was copied with another week's
  /// dates does not move the calendar), past its last task day; else from the latest week's front
  /// matter `date` (when the weeks' dates differ); else this week is week 1.
  static func calendar(site: Site?, configuration: Configuration, today: CalendarDate) -> WeekCalendar {
    if let start = configuration.programStartDate { return WeekCalendar(firstMonday: start, source: .programStart) }
    if let site, let latest = StatusWeek.latestDatedWeek(site) {
      // The week after it starts after its last day, so a new week never overlaps it.
      let ends = endDays(site, week: latest.week)
      let last = ends.filter { $0 >= latest.monday && latest.monday.days(to: $0) <= 13 }.max() ?? latest.monday
      var monday = last.monday.adding(days: -7 * (latest.week - 1))
      var source = WeekCalendar.Source.latestDatedWeek(week: latest.week)
      // Never before the highest week's last day: the week after it must not lie before it
      // (week-order, WL505), whatever the vote says.
      if let highest = site.weekNumbers.last, highest != latest.week, let end = lastDay(site, week: highest),
        monday.adding(days: 7 * highest) <= end
      {
        monday = end.monday.adding(days: -7 * (highest - 1))
        source = .latestDatedWeek(week: highest)
      }
      return WeekCalendar(firstMonday: monday, source: source)
    }
    // Front matter dates count only where the weeks' dates differ (not a template's one date).
    if let site {
      let dated = site.weeks.compactMap { page in page.trustedWeek.flatMap { w in page.date.map { (w, $0) } } }
      let counts = Dictionary(grouping: dated, by: \.1).mapValues(\.count)
      if let latest = dated.filter({ counts[$0.1] == 1 }).max(by: { $0.0 < $1.0 }), counts.count >= 2 {
        let monday = latest.1.monday.adding(days: -7 * (latest.0 - 1))
        return WeekCalendar(firstMonday: monday, source: .latestFrontMatterDate(week: latest.0))
      }
    }
    return WeekCalendar(firstMonday: today.monday, source: .today)
  }
}
