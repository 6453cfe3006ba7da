extension PreMalformedRule {
  /// Whether `text` is a well-formed `pre` for `week`: it names the week and its `<b>` tags pair.
  static func isWellFormed(_ text: String, week: Int?) -> Bool {
    let lower = text.lowercased()
    return WorklogParser.weekInPre(text) == week && lower.components("<b>") == lower.components("</b>")
  }

  /// How the site writes `pre`: the commonest well-formed `pre` of its other week pages, else
  /// the theme's ` <b> 1.N. </b> `; certain when every sibling writes it that way.
  static func wording(for page: Worklog, _ context: LintContext) -> SiteWording {
    SiteWording.learn(
      "pre", for: page, in: context, accept: { isWellFormed($0, week: WorklogParser.weekInPre($0)) })
      ?? SiteWording(before: " <b> 1.", after: ". </b> ", unanimous: false)
  }

  /// `pre` rebuilt in the site's style for the page's week, in the quotes the value had. Safe
  /// when the site's other pages all write it one way and the week is certain, else unsafe.
  func preFix(_ page: Worklog, _ entry: FrontMatterEntry, _ context: LintContext) -> Fix? {
    guard let week = page.week.number,
      let token = FrontMatterEdit.token(page.source, entry, fence: page.frontMatter.fence)
    else { return nil }
    let wording = Self.wording(for: page, context)
    let text = wording.text(week: week)
    guard let edit = FrontMatterEdit.string(text, over: token, fence: page.frontMatter.fence) else { return nil }
    let safe = wording.unanimous && page.week.decision?.isAmbiguous != true && page.week.source != .pre
    return Fix("write pre as \(Quote.cut(text))", safe ? .safe : .unsafe, edits: [edit])
  }
}
