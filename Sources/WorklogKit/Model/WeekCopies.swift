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

  /// What one page offers for comparison, worked out once.
  struct Prints {
    var page: Worklog
    var week: Int
    var language: String
    /// Every objective item (nested ones too, groups left out), normalised, empty ones left out.
    var objectives: [String]
    /// Each task row's text, normalised.
    var tasks: [String]
    /// The task texts long enough to tell a copy from a common phrase.
    var telling: Set<String>
  }

  /// Every copy in `site`, the objectives copy of a page before its tasks copy, pages in week
  /// order within each language.
  public static func find(in site: Site) -> [WeekCopies] {
    let prints = site.weeks.filter { $0.trustedWeek != nil && !$0.isDraft }.map { page in
      let tasks = (page.tasks?.rows ?? []).map { normalized($0.task?.value.text ?? "") }
      return Prints(
        page: page, week: page.trustedWeek ?? 0, language: site.languageCode(of: page),
        objectives: page.objectives.items.map { normalized($0.text) }.filter { !$0.isEmpty },
        tasks: tasks, telling: Set(tasks.filter { $0.count >= tellingLength }))
    }
    var out: [WeekCopies] = []
    for language in Set(prints.map(\.language)).sorted() {
      let ordered = prints.filter { $0.language == language }.sorted { $0.week < $1.week }
      // Indexes instead of a search of every earlier week for each page (quadratic in a site of
      // many pages): the first page with each objectives list, and the pages holding each
      // telling task text, in order.
      var firstWithObjectives: [[String]: Int] = [:]
      var holding: [String: [Int]] = [:]
      for (i, p) in ordered.enumerated() {
        if firstWithObjectives[p.objectives] == nil { firstWithObjectives[p.objectives] = i }
        for text in p.telling { holding[text, default: []].append(i) }
      }
      for p in ordered {
        let earlier = firstWithObjectives[p.objectives].map { ordered[$0] }.flatMap { $0.week < p.week ? $0 : nil }
        if let c = copiedObjectives(p, earlier) { out.append(c) }
        if let c = copiedTasks(p, ordered, holding) { out.append(c) }
      }
    }
    return out
  }

  /// `other` is the first earlier week with the same objectives, if any.
  private static func copiedObjectives(_ p: Prints, _ other: Prints?) -> WeekCopies? {
    guard p.objectives.count >= 2, let other,
      let first = p.page.objectives.items.first(where: { !normalized($0.text).isEmpty })
    else { return nil }
    return WeekCopies(page: p.page, week: p.week, sourceWeek: other.week, kind: .objectives, range: first.range)
  }

  /// The earlier week sharing the most telling task rows, the first on a tie. Only the first
  /// `candidateLimit` pages holding a text are candidates for it, so a phrase in every week of a
  /// huge site costs no more than that.
  private static func copiedTasks(_ p: Prints, _ ordered: [Prints], _ holding: [String: [Int]]) -> WeekCopies? {
    guard let rows = p.page.tasks?.rows, rows.count >= 2 else { return nil }
    var candidates = Set<Int>()
    for text in p.telling {
      for i in (holding[text] ?? []).prefix(candidateLimit) where ordered[i].week < p.week { candidates.insert(i) }
    }
    var best: (week: Int, copied: [Int])?
    for i in candidates.sorted() {
      let other = ordered[i]
      let copied = p.tasks.indices.filter { other.telling.contains(p.tasks[$0]) && p.tasks[$0].count >= tellingLength }
      if copied.count >= 2, copied.count * 2 >= rows.count, copied.count > (best?.copied.count ?? 0) {
        best = (other.week, copied)
      }
    }
    guard let best, let firstIndex = best.copied.first else { return nil }
    let row = rows[firstIndex]
    return WeekCopies(
      page: p.page, week: p.week, sourceWeek: best.week, kind: .tasks(copied: best.copied.count, rows: rows.count),
      range: row.task?.range ?? row.range)
  }

  /// Text folded for comparison: lower case, letters and digits only, single spaces.
  package static func normalized(_ text: String) -> String {
    // Bytes, not characters: ASCII letters and digits and every non-ASCII byte (the letters of
    // Vietnamese) are kept, runs of anything else become one space. Both sides of a comparison
    // go through the same pass, so that is all equality needs.
    var out: [UInt8] = []
    var space = false
    for b in text.lowercased().utf8 {
      if b >= 0x80 || ByteText.isDigit(b) || (b >= 0x61 && b <= 0x7A) {
        if space && !out.isEmpty { out.append(0x20) }
        out.append(b)
        space = false
      } else {
        space = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
