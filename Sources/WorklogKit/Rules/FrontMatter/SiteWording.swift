/// How a site writes a front matter value that holds the week number (`pre: " <b> 1.7. </b> "`,
/// `title: "Week 7 Worklog"`), learned from its other week pages, so a fix writes a page the way
/// its siblings are written.
struct SiteWording {
  /// The value with the week number taken out: the text before and after it.
  var before: String
  var after: String
  /// Whether every sibling that writes the value writes it this way (and at least one does).
  var unanimous: Bool

  /// The value for week `n`.
  func text(week n: Int) -> String { before + String(n) + after }

  /// The commonest wording of `key` among the week pages of `page`'s site other than `page`
  /// (only those in `language` when given) whose value names their own week once; nil when none.
  /// The site is counted once (`SiteTallies`); the page's own wording is taken out of the count.
  static func learn(
    _ key: String, for page: Worklog, in context: LintContext, language: String? = nil,
    accept: (String) -> Bool = { _ in true }
  ) -> SiteWording? {
    guard let tallies = context.tallies else { return nil }
    let tally = tallies.wordings(key, language: language, accept: accept, split: { split($0, at: $1) })
    var wordings = tally.wordings
    var total = tally.total
    for own in tally.byPath[page.path] ?? [] {
      wordings[own]?.count -= 1
      total -= 1
    }
    guard
      let best = wordings.filter({ $0.value.count > 0 }).max(by: {
        $0.value.count < $1.value.count || $0.value.count == $1.value.count && $0.key > $1.key
      })
    else {
      return nil
    }
    return SiteWording(before: best.value.before, after: best.value.after, unanimous: best.value.count == total)
  }

  /// `text` around the one standalone run of digits that reads `week` (outside HTML tags); nil
  /// when there is none or more than one.
  static func split(_ text: String, at week: Int) -> (before: String, after: String)? {
    let scalars = Array(text.unicodeScalars)
    let digits = String(week).unicodeScalars.count
    var found: Int?
    var inTag = false
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if c == "<" { inTag = true } else if c == ">" { inTag = false }
      if !inTag, ("0"..."9").contains(c), i == 0 || !("0"..."9").contains(scalars[i - 1]) {
        var j = i
        while j < scalars.count, ("0"..."9").contains(scalars[j]) { j += 1 }
        if j - i == digits, Int(String(String.UnicodeScalarView(scalars[i..<j]))) == week {
          if found != nil { return nil }
          found = i
        }
        i = j
        continue
      }
      i += 1
    }
    guard let at = found else { return nil }
    return (
      String(String.UnicodeScalarView(scalars[..<at])), String(String.UnicodeScalarView(scalars[(at + digits)...]))
    )
  }
}
