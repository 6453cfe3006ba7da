/// Weeks of a site whose objectives, or most of whose task rows, are the same as an earlier
/// week's in the same language: the one place copies are found, for the copied-from-another-week
/// rule (WL206) and for the summary's `copied` week state.
///
/// Text is compared normalised (`normalized`): case, spacing and punctuation ignored. Drafts and
/// pages placed in no week are left out.
public struct WeekCopies: Sendable {
  /// What was copied.
  public enum Kind: Sendable, Hashable {
    /// The whole objectives list (two items or more).
    case objectives
    /// `copied` of the page's `rows` task rows (at least two, at least half).
    case tasks(copied: Int, rows: Int)
  }

  /// The later week, which is the copy.
  public var page: Worklog
  public var week: Int
  /// The earlier week it repeats.
  public var sourceWeek: Int
  public var kind: Kind
  /// The first copied item or task cell.
  public var range: SourceRange

  /// How many pages holding one task text are weighed as its source (a site has a few dozen weeks).
  static let candidateLimit = 64
  /// A task text shorter than this is a common phrase (`Team meeting`), not evidence of a copy.
  package static let tellingLength = 12

  /// Whether the normalised task text `text` is long enough to tell a copy: at least
  /// `tellingLength` characters, counted no further than that.
  static func isTelling(_ text: String) -> Bool {
    text.index(text.startIndex, offsetBy: tellingLength, limitedBy: text.endIndex) != nil
  }

  /// What one page offers for comparison, worked out once: its texts normalised and in NFC
  /// (`FoldedText.canonical`), so equal bytes are equal `String`s, whatever form a page wrote
  /// its letters in.
  ///
  /// It names its page by index (into the site's weeks) rather than holding it, so
  /// the prints are cheap to sort and walk.
  struct Prints {
    /// The page's index in the site's weeks.
    var page: Int
    var week: Int
    var language: String
    /// Every objective item (nested ones too, groups left out), normalised, empty ones left out.
    var objectives: [FoldedText]
    /// The first objective item that is not empty once normalised.
    var firstObjective: SourceRange?
    /// Each task row's text, normalised.
    var tasks: [FoldedText]
    /// Whether each task text is long enough to tell a copy from a common phrase.
    var isTelling: [Bool]
    /// The telling task texts.
    var telling: Set<FoldedText>
  }

  /// Every copy in `site`, the objectives copy of a page before its tasks copy, pages in week
  /// order within each language.
  public static func find(in site: Site) -> [WeekCopies] {
    // By index into the site's weeks: iterating them would copy each task row.
    let pages = site.weeks
    let kept = pages.indices.filter { pages[$0].trustedWeek != nil && !pages[$0].isDraft }
    return find(pages, kept.map { prints(site, pages, $0) })
  }

  /// The prints of the week at `index` of `pages` (the site's weeks).
  private static func prints(_ site: Site, _ pages: [Worklog], _ index: Int) -> Prints {
    let page = pages[index]
    var objectives: [FoldedText] = []
    var firstObjective: SourceRange?
    for item in page.objectives.items {
      let text = FoldedText(item.text)
      if text.isEmpty { continue }
      if firstObjective == nil { firstObjective = item.range }
      objectives.append(text.canonical)
    }
    var tasks: [FoldedText] = []
    var flags: [Bool] = []
    var telling = Set<FoldedText>()
    if let table = page.tasks {
      tasks.reserveCapacity(table.rows.count)
      flags.reserveCapacity(table.rows.count)
      telling.reserveCapacity(table.rows.count)
      for r in table.rows.indices {
        let text = FoldedText(table.rows[r].task?.value.text ?? "")
        let isTelling = text.isTelling
        let key = text.canonical
        tasks.append(key)
        flags.append(isTelling)
        if isTelling { telling.insert(key) }
      }
    }
    return Prints(
      page: index, week: page.trustedWeek ?? 0, language: site.languageCode(ofWeekAt: index), objectives: objectives,
      firstObjective: firstObjective, tasks: tasks, isTelling: flags, telling: telling)
  }

  private static func find(_ pages: [Worklog], _ prints: [Prints]) -> [WeekCopies] {
    var out: [WeekCopies] = []
    for language in Set(prints.map(\.language)).sorted() {
      let ordered = prints.filter { $0.language == language }.sorted { $0.week < $1.week }
      // Indexes instead of a search of every earlier week for each page (quadratic in a site of
      // many pages): the first page with each objectives list, and the pages holding each
      // telling task text, in order.
      var firstWithObjectives: [[FoldedText]: Int] = [:]
      var holding: [FoldedText: [Int]] = [:]
      // Sized once: the tables are only looked up, never walked, so their order does not matter.
      firstWithObjectives.reserveCapacity(ordered.count)
      holding.reserveCapacity(ordered.reduce(0) { $0 + $1.telling.count })
      for (i, p) in ordered.enumerated() {
        if firstWithObjectives[p.objectives] == nil { firstWithObjectives[p.objectives] = i }
        for text in p.telling { holding[text, default: []].append(i) }
      }
      for p in ordered {
        let earlier = firstWithObjectives[p.objectives].map { ordered[$0] }.flatMap { $0.week < p.week ? $0 : nil }
        if let c = copiedObjectives(pages, p, earlier) { out.append(c) }
        if let c = copiedTasks(pages, p, ordered, holding) { out.append(c) }
      }
    }
    return out
  }

  /// `other` is the first earlier week with the same objectives, if any.
  private static func copiedObjectives(_ pages: [Worklog], _ p: Prints, _ other: Prints?)
    -> WeekCopies?
  {
    guard p.objectives.count >= 2, let other, let first = p.firstObjective else { return nil }
    return WeekCopies(page: pages[p.page], week: p.week, sourceWeek: other.week, kind: .objectives, range: first)
  }

  /// The earlier week sharing the most telling task rows, the first on a tie. Only the first
  /// `candidateLimit` pages holding a text are candidates for it, so a phrase in every week of a
  /// huge site costs no more than that.
  private static func copiedTasks(
    _ pages: [Worklog], _ p: Prints, _ ordered: [Prints], _ holding: [FoldedText: [Int]]
  ) -> WeekCopies? {
    guard let rows = pages[p.page].tasks?.rows, rows.count >= 2 else { return nil }
    var candidates = Set<Int>()
    for text in p.telling {
      for i in (holding[text] ?? []).prefix(candidateLimit) where ordered[i].week < p.week { candidates.insert(i) }
    }
    var best: (week: Int, copied: [Int])?
    for i in candidates.sorted() {
      let other = ordered[i]
      let copied = p.tasks.indices.filter { p.isTelling[$0] && other.telling.contains(p.tasks[$0]) }
      if copied.count >= 2, copied.count * 2 >= rows.count, copied.count > (best?.copied.count ?? 0) {
        best = (other.week, copied)
      }
    }
    guard let best, let firstIndex = best.copied.first else { return nil }
    let row = rows[firstIndex]
    return WeekCopies(
      page: pages[p.page], week: p.week, sourceWeek: best.week,
      kind: .tasks(copied: best.copied.count, rows: rows.count),
      range: row.task?.range ?? row.range)
  }

  /// Text folded for comparison: lower case, letters and digits only, single spaces.
  package static func normalized(_ text: String) -> String {
    FoldedText(text).string
  }
}
