/// One week page (or one week of a whole-term page), typed, every value with its source range.
///
/// A value type held by one reference: its fields live in a `Storage` object, copied the first
/// time a shared page is changed (as `Array` does). A page holds dozens of arrays and strings, and
/// the site rules and the site's assembly pass pages around by value: copying the fields inline
/// cost about 900 instructions a copy and 600 a destroy, some 18 of each per page linted; now a
/// copy is one retain. The accessors read in place (`_read`) and change in place (`_modify`), so
/// `page.tasks?.rows[i].task = ...` copies no array the page holds alone.
public struct Worklog: Sendable {
  /// The file, kept for snippets and fixes.
  public var source: SourceFile {
    _read { yield storage.fields.source }
    _modify {
      unique()
      yield &storage.fields.source
    }
  }
  /// The site the page belongs to (the folder holding `content/`).
  public var site: SiteIdentity {
    _read { yield storage.fields.site }
    _modify {
      unique()
      yield &storage.fields.site
    }
  }
  public var kind: PageKind {
    _read { yield storage.fields.kind }
    _modify {
      unique()
      yield &storage.fields.kind
    }
  }
  public var language: PageLanguage {
    _read { yield storage.fields.language }
    _modify {
      unique()
      yield &storage.fields.language
    }
  }
  public var week: WeekNumber {
    _read { yield storage.fields.week }
    _modify {
      unique()
      yield &storage.fields.week
    }
  }
  public var frontMatter: FrontMatter {
    _read { yield storage.fields.frontMatter }
    _modify {
      unique()
      yield &storage.fields.frontMatter
    }
  }
  /// The `title`, from front matter (or the week's heading on a whole-term page).
  public var title: Located<String>? {
    _read { yield storage.fields.title }
    _modify {
      unique()
      yield &storage.fields.title
    }
  }
  public var sections: [Section] {
    _read { yield storage.fields.sections }
    _modify {
      unique()
      yield &storage.fields.sections
    }
  }
  public var objectives: [ListEntry] {
    _read { yield storage.fields.objectives }
    _modify {
      unique()
      yield &storage.fields.objectives
    }
  }
  public var tasks: TaskTable? {
    _read { yield storage.fields.tasks }
    _modify {
      unique()
      yield &storage.fields.tasks
    }
  }
  /// Tables that were not taken for the task table.
  public var otherTables: Int {
    _read { yield storage.fields.otherTables }
    _modify {
      unique()
      yield &storage.fields.otherTables
    }
  }
  /// The lines of each table not taken for the task table, in page order.
  public var otherTableLines: [ClosedRange<Int>] {
    _read { yield storage.fields.otherTableLines }
    _modify {
      unique()
      yield &storage.fields.otherTableLines
    }
  }
  public var achievements: [ListEntry] {
    _read { yield storage.fields.achievements }
    _modify {
      unique()
      yield &storage.fields.achievements
    }
  }
  /// The section kinds the page names by an inline label, its text on the same line (`InlineLabels`).
  public var inlineLabels: Set<SectionKind> {
    _read { yield storage.fields.inlineLabels }
    _modify {
      unique()
      yield &storage.fields.inlineLabels
    }
  }
  /// For a whole-term page, the lines of this week's part.
  public var segment: ClosedRange<Int>? {
    _read { yield storage.fields.segment }
    _modify {
      unique()
      yield &storage.fields.segment
    }
  }
  public var issues: [ParseIssue] {
    _read { yield storage.fields.issues }
    _modify {
      unique()
      yield &storage.fields.issues
    }
  }
  /// For an overview page, the weeks it lists (`OverviewReader`); empty for other pages.
  public var listedWeeks: [ListedWeek] {
    _read { yield storage.fields.listedWeeks }
    _modify {
      unique()
      yield &storage.fields.listedWeeks
    }
  }
  /// The notices and short prose lines a template may have left (`TemplateTextReader`).
  public var templateText: TemplateText {
    _read { yield storage.fields.templateText }
    _modify {
      unique()
      yield &storage.fields.templateText
    }
  }

  public var path: String { source.path }

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

  public init(
    source: SourceFile,
    site: SiteIdentity,
    kind: PageKind,
    language: PageLanguage,
    week: WeekNumber,
    frontMatter: FrontMatter,
    title: Located<String>?,
    sections: [Section],
    objectives: [ListEntry],
    tasks: TaskTable?,
    otherTables: Int,
    otherTableLines: [ClosedRange<Int>] = [],
    achievements: [ListEntry],
    inlineLabels: Set<SectionKind> = [],
    segment: ClosedRange<Int>?,
    issues: [ParseIssue],
    listedWeeks: [ListedWeek] = [],
    templateText: TemplateText = TemplateText()
  ) {
    storage = Storage(
      Fields(
        source: source,
        site: site,
        kind: kind,
        language: language,
        week: week,
        frontMatter: frontMatter,
        title: title,
        sections: sections,
        objectives: objectives,
        tasks: tasks,
        otherTables: otherTables,
        otherTableLines: otherTableLines,
        achievements: achievements,
        inlineLabels: inlineLabels,
        segment: segment,
        issues: issues,
        listedWeeks: listedWeeks,
        templateText: templateText
      ))
  }

  /// The fields, shared by copies of the page until one of them changes.
  private var storage: Storage

  /// Gives this page fields of its own before a change, when another copy shares them.
  private mutating func unique() {
    if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
  }

  /// The page's stored fields, as a value: copying them is copying the page.
  private struct Fields: Sendable {
    var source: SourceFile
    var site: SiteIdentity
    var kind: PageKind
    var language: PageLanguage
    var week: WeekNumber
    var frontMatter: FrontMatter
    var title: Located<String>?
    var sections: [Section]
    var objectives: [ListEntry]
    var tasks: TaskTable?
    var otherTables: Int
    var otherTableLines: [ClosedRange<Int>]
    var achievements: [ListEntry]
    var inlineLabels: Set<SectionKind>
    var segment: ClosedRange<Int>?
    var issues: [ParseIssue]
    var listedWeeks: [ListedWeek]
    var templateText: TemplateText
  }

  /// The one reference to a page's fields. Unchecked `Sendable`: a `Storage` is changed only
  /// through `unique()`, so never while another copy, on any thread, can read it.
  private final class Storage: @unchecked Sendable {
    var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }
}
