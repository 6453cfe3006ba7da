/// One week page (or one week of a whole-term page), typed, every value with its source range.
public struct Worklog: Sendable {
  /// The file, kept for snippets and fixes.
  public var source: SourceFile
  public var path: String { source.path }
  /// The site the page belongs to (the folder holding `content/`).
  public var site: SiteIdentity
  public var kind: PageKind
  public var language: PageLanguage
  public var week: WeekNumber
  public var frontMatter: FrontMatter
  /// The `title`, from front matter (or the week's heading on a whole-term page).
  public var title: Located<String>?
  public var sections: [Section]
  public var objectives: [ListEntry]
  public var tasks: TaskTable?
  /// Tables that were not taken for the task table.
  public var otherTables: Int
  /// The lines of each table not taken for the task table, in page order.
  public var otherTableLines: [ClosedRange<Int>] = []
  public var achievements: [ListEntry]
  /// The section kinds the page names by an inline label, its text on the same line (`InlineLabels`).
  public var inlineLabels: Set<SectionKind> = []
  /// For a whole-term page, the lines of this week's part.
  public var segment: ClosedRange<Int>?
  public var issues: [ParseIssue]
  /// For an overview page, the weeks it lists (`OverviewReader`); empty for other pages.
  public var listedWeeks: [ListedWeek] = []
  /// The notices and short prose lines a template may have left (`TemplateTextReader`).
  public var templateText = TemplateText()

  /// The front matter `date` as a calendar date, when it is one.
  public var date: CalendarDate? { frontMatter["date"]?.value.value.dateValue }

  /// The section of `kind`, if the page has one.
  public func section(_ kind: SectionKind) -> Section? { sections.first { $0.kind == kind } }

  /// Whether this is one week's worklog (a page of its own or a week of a whole-term page).
  public var isWeekPage: Bool { kind == .week || kind == .termWeek }

  /// Whether the front matter says `draft: true`: Hugo does not publish the page.
  public var isDraft: Bool {
    guard let value = frontMatter["draft"]?.value.value else { return false }
    if case .boolean(let b) = value { return b }
    return value.text?.trimmingSpaces.lowercased() == "true"
  }
}
