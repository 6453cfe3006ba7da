extension RequiredKeyMissingRule {
  /// The missing keys added as lines before the closing `---` (after the opening `+++` in TOML),
  /// each with the page's line ending; offered only when every missing key can be derived:
  /// `title` and `pre` in the wording the site's other pages use (in the page's language for
  /// `title`), `weight` the week, `chapter: false`, `date` as `date-not-a-date` derives it.
  /// Safe when every value is certain (the site's wording unanimous, the week not a guess);
  /// unsafe when a value is the theme's default wording or a date taken from the tasks.
  func missingKeysFix(_ page: Worklog, _ missing: [String], _ context: LintContext) -> Fix? {
    let fence = page.frontMatter.fence
    guard let point = FrontMatterEdit.insertionPoint(page) else { return nil }
    let weekCertain = page.week.decision?.isAmbiguous != true
    var safe = true
    var lines: [String] = []
    for key in missing {
      let value: (text: String, quoted: Bool)
      switch key {
      case "title":
        guard let week = page.week.number, let wording = Self.titleWording(page, context) else { return nil }
        value = (wording.text(week: week), true)
        safe = safe && wording.unanimous && weekCertain
      case "weight":
        guard let week = page.week.number else { return nil }
        value = (String(week), false)
        safe = safe && weekCertain
      case "chapter":
        value = ("false", false)
      case "pre":
        guard let week = page.week.number else { return nil }
        let wording = PreMalformedRule.wording(for: page, context)
        value = (wording.text(week: week), true)
        safe = safe && wording.unanimous && weekCertain
      case "date":
        guard let date = DateNotADateRule.derivedDate(page, context) else { return nil }
        value = (date.description, false)
        safe = false
      default:
        return nil
      }
      guard let line = FrontMatterEdit.line(key, value.text, quoted: value.quoted, fence: fence) else { return nil }
      lines.append(line)
    }
    let newline = page.source.newline(near: point.line)
    let text = lines.map { $0 + newline }.joined()
    return Fix(
      "add \(missing.joined(separator: ", "))", safe ? .safe : .unsafe, edits: [.insert(text, at: point.offset)])
  }

  /// How the site titles its weeks in the page's language; the theme's wording (`Week N
  /// Worklog`, `Nhật ký tuần N`), never certain, when no other page of that language says.
  static func titleWording(_ page: Worklog, _ context: LintContext) -> SiteWording? {
    if let learned = SiteWording.learn("title", for: page, in: context, language: page.language.code) {
      return learned
    }
    switch page.language.code {
    case "en": return SiteWording(before: "Week ", after: " Worklog", unanimous: false)
    case "vi": return SiteWording(before: "Nhật ký tuần ", after: "", unanimous: false)
    default: return nil
    }
  }
}
