/// How one site writes its week pages, learned from its pages (`ConventionsLearner`), defaulted
/// from the program's standard template where it has none, and overridden by the `conventions`
/// of a `.worklog.json`: the one model `new` writes pages from (and `lint` may later check
/// pages against).
public struct SiteConventions: Sendable {
  /// Each language's conventions, in the site's order (sorted codes).
  public var languages: [LanguageConventions]
  /// 5 (Monday to Friday) or 7 (Monday to Sunday): the rows a new page gets.
  public var workingDays: Learned<Int>
  /// Where weeks fall on the calendar.
  public var calendar: WeekCalendar

  public init(languages: [LanguageConventions], workingDays: Learned<Int>, calendar: WeekCalendar) {
    self.languages = languages
    self.workingDays = workingDays
    self.calendar = calendar
  }

  /// The conventions of language `code`; for a language the site does not write yet, the
  /// site's first language's conventions moved to `code` (its path's language suffix swapped)
  /// with the standard wording of `code`.
  public func language(_ code: String) -> LanguageConventions {
    if let found = languages.first(where: { $0.code == code }) { return found }
    let base = languages.first ?? ConventionDefaults.language("en")
    var out = ConventionDefaults.language(code)
    out.path = Learned(ConventionDefaults.move(base.path.value, from: base.code, to: code), .defaulted)
    out.frontMatter = base.frontMatter
    out.newline = base.newline
    return out
  }

  /// The language codes.
  public var codes: [String] { languages.map(\.code) }
}
