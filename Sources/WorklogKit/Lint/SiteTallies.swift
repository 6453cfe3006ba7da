/// What the fixes learn from a site's other pages, counted once per site however many pages ask:
/// the wordings of a front-matter value (`title`, `pre`) and each week's earliest task date.
///
/// Linting a page must not read every other page of its site again, or a site of n pages costs
/// n² (`fuzz/scaling.py` site-pages). A page asks for the site's tally and takes its own share out.
final class SiteTallies: @unchecked Sendable {
  /// One wording of a value: the text before and after the week number, and how many pages write it.
  struct Wording: Sendable {
    var before: String
    var after: String
    var count: Int
  }

  /// How the pages write one value: by wording (keyed by before NUL after), and which wording
  /// each page wrote (a whole-term file gives several pages one path).
  struct WordingTally: Sendable {
    var wordings: [String: Wording] = [:]
    var byPath: [String: [String]] = [:]
    var total = 0
  }

  /// A week's earliest task date.
  struct WeekStart: Sendable {
    var path: String
    var week: Int
    var date: CalendarDate
  }

  let site: Site
  private let lock = Mutex()
  private var wordingTallies: [String: WordingTally] = [:]
  private var starts: [WeekStart]?

  init(site: Site) { self.site = site }

  /// The tally of `key` over the site's week pages (only those in `language` when given) whose
  /// value passes `accept` and names its own week once. Built on the first call for a key and
  /// language; `accept` must be the same function for the same key.
  func wordings(
    _ key: String, language: String?, accept: (String) -> Bool, split: (String, Int) -> (String, String)?
  ) -> WordingTally {
    let id = key + "\u{0}" + (language ?? "")
    if let known = lock.locked({ wordingTallies[id] }) { return known }
    var tally = WordingTally()
    for page in site.weeks where page.kind == .week {
      if let language, page.language.code != language { continue }
      guard let week = page.week.number, let text = page.frontMatter[key]?.value.value.text, accept(text),
        let (before, after) = split(text, week)
      else { continue }
      let wording = before + "\u{0}" + after
      tally.total += 1
      tally.wordings[wording, default: Wording(before: before, after: after, count: 0)].count += 1
      tally.byPath[page.path, default: []].append(wording)
    }
    lock.locked { wordingTallies[id] = tally }
    return tally
  }

  /// The earliest task date of every week page of the site that has one, in site order.
  func weekStarts() -> [WeekStart] {
    if let known = lock.locked({ starts }) { return known }
    let found = site.weeks.compactMap { page -> WeekStart? in
      guard let week = page.week.number, let first = page.tasks?.rows.compactMap(\.startDate).min() else { return nil }
      return WeekStart(path: page.path, week: week, date: first)
    }
    lock.locked { starts = found }
    return found
  }
}
