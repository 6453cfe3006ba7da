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
  static func learn(
    _ key: String, for page: Worklog, in site: Site?, language: String? = nil, accept: (String) -> Bool = { _ in true }
  ) -> SiteWording? {
    guard let site else { return nil }
    var counts: [String: (before: String, after: String, count: Int)] = [:]
    var total = 0
    for other in site.weeks where other.path != page.path && other.kind == .week {
      if let language, other.language.code != language { continue }
      guard let week = other.week.number, let text = other.frontMatter[key]?.value.value.text, accept(text),
        let split = split(text, at: week)
      else { continue }
      total += 1
      let id = split.before + "\u{0}" + split.after
      counts[id, default: (split.before, split.after, 0)].count += 1
    }
    guard
      let best = counts.max(by: {
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
