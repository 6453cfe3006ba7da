/// What the section rules need to know about a page beyond the model.
extension Worklog {
  /// Whether the front matter says `draft: true`. Hugo does not publish drafts, and a draft is
  /// unfinished by intent, so rules about missing or placeholder content leave it alone.
  var isDraft: Bool {
    switch frontMatter["draft"]?.value.value {
    case .boolean(true)?: return true
    case .string(let s, _)?: return s.trimmingSpaces.lowercased() == "true"
    default: return false
    }
  }

  /// Whether this is one week's worklog (a page of its own or a week of a whole-term page).
  var isWeekPage: Bool { kind == .week || kind == .termWeek }

  /// The classified body lines of the page, or of this week's part of a whole-term page.
  var bodyLines: [MarkdownLine] {
    let all = MarkdownLineScanner.scan(source, from: frontMatter.bodyStartLine)
    guard let segment else { return all }
    return all.filter { segment.contains($0.number) }
  }

  /// The week number, when it comes from something more trustworthy than `weight` (which the
  /// template leaves at 1 on every page).
  var trustedWeek: Int? {
    guard let n = week.number, week.source != .weight else { return nil }
    return n
  }

  /// `English`, `Vietnamese`, or the language code.
  var languageName: String { Worklog.languageName(language.code) }

  static func languageName(_ code: String) -> String {
    switch code {
    case "en": return "English"
    case "vi": return "Vietnamese"
    default: return "'\(code)'"
    }
  }
}
