/// `worklog add` without the printing: finds the page of the date's week in each language asked
/// for, plans the edit of its task table, applies it to the original bytes in memory, reads the
/// site again and keeps the result only when the new task reads back with its date and text and
/// no other task, objective or achievement reads differently.
///
/// Nothing is written here: the command writes each `Change` (or prints a diff).
package struct TaskAdder: Sendable {
  /// Which pages of the week take the task.
  package enum Languages: Sendable, Equatable {
    /// The site's first language (the configuration's first, else English, else the first).
    case first
    /// One language, by code.
    case code(String)
    /// Every language the week is written in.
    case all
  }

  /// One page changed in memory.
  package struct Change: Sendable {
    package var path: String
    /// The bytes as read (empty for a page `new` plans).
    package var original: [UInt8]
    package var new: [UInt8]
    package var edit: TaskTableEdit
    package var week: Int
    package var language: String
    /// Whether the page does not exist yet (planned by `new` through `MissingWeek`).
    package var isNew: Bool = false
  }

  package var fileSystem: any FileSystem
  /// The site's configuration: its languages (first the site's main one), `programStart`, and
  /// the conventions a week not written yet is planned in.
  package var configuration: Configuration
  /// Today, for the conventions' calendar when a week is planned.
  package var today: CalendarDate

  package var configuredLanguages: [String] { configuration.languages ?? [] }
  package var programStart: CalendarDate? { configuration.programStartDate }

  package init(fileSystem: any FileSystem, configuration: Configuration = Configuration(), today: CalendarDate) {
    self.fileSystem = fileSystem
    self.configuration = configuration
    self.today = today
  }

  /// The changes that log `addition` on `site` (read from `located`), one per page.
  package func add(_ addition: TaskAddition, to site: Site, located: [PagePath], languages: Languages)
    throws(TrackerError) -> [Change]
  {
    var site = site
    var planned: [String: [UInt8]] = [:]
    let week: Int
    switch try WeekPageFinder.find(addition.date, in: site, programStart: programStart) {
    case .week(let n): week = n
    case .missing(let n):
      // The seam to `new`: the week's pages as planned, read as if they were written.
      let codes = languages == .all ? site.languages : [language(languages, among: site.languages)]
      let pages = try MissingWeek.pages(
        site: site, week: n, languages: codes, date: addition.date, configuration: configuration, today: today)
      for page in pages { planned[page.path] = page.bytes }
      site = reread(planned, located: located + planned.keys.sorted().map(PagePath.init))
      week = n
    }
    let weekPages = site.pages(week: week)
    let codes = weekPages.map { site.languageCode(of: $0) }
    let wanted: [String]
    switch languages {
    case .all: wanted = Array(Set(codes)).sorted()
    default: wanted = [language(languages, among: codes)]
    }
    var changes: [Change] = []
    for code in wanted {
      guard let page = weekPages.first(where: { site.languageCode(of: $0) == code }) else {
        let have = Array(Set(codes)).sorted().joined(separator: ", ")
        throw TrackerError("week \(week) has no \(Worklog.languageName(code)) page (it is written in \(have))")
      }
      let edit = try TaskTableEdit.plan(addition, on: page, siteTables: siteTables(site, week: week, language: code))
      guard let bytes = TextEdits.apply(edit.edits, to: page.source.bytes) else {
        throw TrackerError("\(page.path): the edit falls outside the file; nothing changed")
      }
      let isNew = planned[page.path] != nil
      changes.append(
        Change(
          path: page.path, original: isNew ? [] : page.source.bytes, new: bytes, edit: edit, week: week, language: code,
          isNew: isNew))
    }
    try check(changes, before: site, located: located + planned.keys.sorted().map(PagePath.init))
    return changes
  }

  /// The language `choice` names among `codes`.
  private func language(_ choice: Languages, among codes: [String]) -> String {
    if case .code(let code) = choice { return code }
    if let configured = configuredLanguages.first(where: codes.contains) { return configured }
    return codes.contains("en") ? "en" : codes.sorted().first ?? "en"
  }

  /// The site's other tables in `language`, nearest week first, for a date style to copy.
  private func siteTables(_ site: Site, week: Int, language: String) -> [(TaskTable, SourceFile)] {
    site.weekNumbers.filter { $0 != week }.sorted { (abs($0 - week), $0) < (abs($1 - week), $1) }.flatMap { n in
      site.pages(week: n).filter { site.languageCode(of: $0) == language }.compactMap { p in
        p.tasks.map { ($0, p.source) }
      }
    }
  }

  /// Reads the site again with the changed bytes and refuses unless every change reads back.
  private func check(_ changes: [Change], before site: Site, located: [PagePath]) throws(TrackerError) {
    let after = reread(Dictionary(changes.map { ($0.path, $0.new) }, uniquingKeysWith: { a, _ in a }), located: located)
    for change in changes {
      // A whole-term file holds many weeks: the week's own part is compared.
      func page(_ site: Site) -> Worklog? {
        site.pages(week: change.week).first { $0.path == change.path } ?? site.page(at: change.path)
      }
      guard let old = page(site), let new = page(after) else {
        throw TrackerError("\(change.path): the page could not be read again; nothing changed")
      }
      if let why = AddCheck.difference(old, new, change.edit) {
        throw TrackerError("\(change.path): \(why); nothing changed")
      }
    }
  }

  /// The site read from `located` with `bytes` in place of the files they name.
  private func reread(_ bytes: [String: [UInt8]], located: [PagePath]) -> Site {
    let overlay = OverlayFileSystem(base: fileSystem, changed: bytes)
    let loader = PageLoader(fileSystem: overlay, parallelism: 1)
    var out: Site?
    loader.forEachSite(located: located, transform: { $0 }) { out = out ?? $0 }
    return out ?? Site(identity: located.first?.site ?? SiteIdentity(root: "", name: ""), pages: [])
  }
}
