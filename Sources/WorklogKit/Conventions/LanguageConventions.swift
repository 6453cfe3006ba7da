/// How a site writes its week pages in one language.
public struct LanguageConventions: Sendable {
  /// `en`, `vi`.
  public var code: String
  /// Where the pages live and how they are named, below the site's root.
  public var path: Learned<PathPattern>
  public var frontMatter: Learned<FrontMatterStyle>
  /// The objectives, tasks and achievements headings, as whole lines (`### Week {n} Objectives:`).
  public var objectives: Learned<WeekWording>
  public var tasks: Learned<WeekWording>
  public var achievements: Learned<WeekWording>
  public var table: Learned<TableStyle>
  public var dates: Learned<DateStyle>
  public var days: Learned<DayStyle>
  /// The line ending the site's pages are written with (`\n` or `\r\n`).
  public var newline: Learned<String>

  /// The heading of `kind` (objectives, tasks or achievements).
  public func heading(_ kind: SectionKind) -> Learned<WeekWording> {
    switch kind {
    case .objectives: return objectives
    case .achievements: return achievements
    default: return tasks
    }
  }

  /// Every convention by name, with its value as text and its origin: what `new --dry-run`
  /// and the tests show.
  public var described: [(name: String, value: String, origin: ConventionOrigin)] {
    [
      ("path", path.value.description, path.origin),
      ("front matter", frontMatter.value.entries.map(\.key).joined(separator: ", "), frontMatter.origin),
      ("objectives heading", objectives.value.text(week: 0), objectives.origin),
      ("tasks heading", tasks.value.text(week: 0), tasks.origin),
      ("achievements heading", achievements.value.text(week: 0), achievements.origin),
      ("table header", table.value.header, table.origin),
      ("dates", dates.value.description, dates.origin),
      ("day labels", days.value.rawValue, days.origin),
    ]
  }
}
