/// The `conventions` of a `.worklog.json`: how `worklog new` writes a site's pages where the
/// pages it learns from say otherwise, or say nothing (every field optional).
///
/// ```json
/// "conventions": {
///   "languages": ["en", "vi"],
///   "paths": { "en": "content/1-Worklog/1.{n}-Week{n}/_index.md", "vi": "content/1-Worklog/1.{n}-Week{n}/_index.vi.md" },
///   "titles": { "en": "Week {n} Worklog", "vi": "Tuần {n}" },
///   "pre": " <b> 1.{n}. </b> ",
///   "headings": { "en": { "objectives": "### Week {n} Objectives:", "tasks": "### Tasks:", "achievements": "### Week {n} Achievements:" } },
///   "tableHeaders": { "en": ["Day", "Task", "Start Date", "Completion Date", "Reference Material"] },
///   "dateFormat": "DD/MM/YYYY",
///   "dayLabels": "thuNumber",
///   "workingDays": 5
/// }
/// ```
public struct ConventionSettings: Sendable, Codable, Equatable {
  /// The objectives, tasks and achievements headings of one language, whole lines with `#`s.
  public struct Headings: Sendable, Codable, Equatable {
    public var objectives: String?
    public var tasks: String?
    public var achievements: String?
  }

  /// The languages new pages are written in.
  public var languages: [String]?
  /// By language: the page's path below the site's root, `{n}` for the week (`{n:2}` zero-padded).
  public var paths: [String: String]?
  /// By language: the `title`, `{n}` for the week (written quoted).
  public var titles: [String: String]?
  /// The `pre` value, `{n}` for the week (written quoted).
  public var pre: String?
  /// By language: the three headings.
  public var headings: [String: Headings]?
  /// By language: the task table's column names, in the order Day, Task, Start, Completion, References.
  public var tableHeaders: [String: [String]]?
  /// `DD/MM/YYYY`, `MM/DD/YYYY`, `DD-MM-YYYY`, `DD/MM`, `YYYY-MM-DD`, …
  public var dateFormat: String?
  /// `thuNumber` (2…6), `ordinal` (1…5), `englishShort` (Mon), `englishLong` (Monday),
  /// `thuWord` (Thứ 2), `thuShort` (T2), `dayOrdinal` (Day 1), `ngayOrdinal` (Ngày 1).
  public var dayLabels: String?
  /// 5 (Monday to Friday) or 7 (Monday to Sunday).
  public var workingDays: Int?

  public init() {}

  /// `text` for the inside of a double-quoted YAML or TOML string.
  static func quoted(_ text: String) -> String {
    text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
  }

  /// What is wrong with the settings, each a message naming the field; empty when they can be used.
  public var problems: [String] {
    var out: [String] = []
    for (code, path) in (paths ?? [:]).sorted(by: { $0.key < $1.key }) where PathPattern(path) == nil {
      out.append("'conventions.paths.\(code)' must name the week with {n}, not '\(Quote.cut(path))'")
    }
    if let f = dateFormat, DateStyle(f) == nil {
      out.append(
        "'conventions.dateFormat' must be a form such as DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD, not '\(Quote.cut(f))'")
    }
    if let d = dayLabels, DayStyle(rawValue: d) == nil {
      out.append(
        "'conventions.dayLabels' must be one of \(DayStyle.allCases.map(\.rawValue).joined(separator: ", ")), not '\(Quote.cut(d))'"
      )
    }
    if let w = workingDays, w != 5 && w != 7 { out.append("'conventions.workingDays' must be 5 or 7, not \(w)") }
    for (code, cells) in (tableHeaders ?? [:]).sorted(by: { $0.key < $1.key }) where !(2...5).contains(cells.count) {
      out.append("'conventions.tableHeaders.\(code)' must name 2 to 5 columns, not \(cells.count)")
    }
    return out
  }

  /// Lays the settings over `conventions`, each value marked configured; a setting that cannot
  /// be used (see `problems`) is left out.
  func apply(to conventions: inout SiteConventions) {
    if let codes = languages, !codes.isEmpty {
      conventions.languages = codes.map { conventions.language($0) }
    }
    if let w = workingDays, w == 5 || w == 7 { conventions.workingDays = Learned(w, .configured) }
    for i in conventions.languages.indices {
      var language = conventions.languages[i]
      let code = language.code
      if let text = paths?[code], let pattern = PathPattern(text) { language.path = Learned(pattern, .configured) }
      var style = language.frontMatter.value
      var styled = false
      func set(_ key: String, _ template: String) {
        let value = FrontMatterStyle.Value.wording(
          WeekWording(template: "\"" + ConventionSettings.quoted(template) + "\""))
        if let k = style.entries.firstIndex(where: { $0.key == key }) {
          style.entries[k].value = value
        } else {
          style.entries.append(.init(key: key, value: value))
        }
        styled = true
      }
      if let title = titles?[code] { set("title", title) }
      if let pre { set("pre", pre) }
      if styled { language.frontMatter = Learned(style, .configured) }
      if let h = headings?[code] {
        if let t = h.objectives { language.objectives = Learned(WeekWording(template: t), .configured) }
        if let t = h.tasks { language.tasks = Learned(WeekWording(template: t), .configured) }
        if let t = h.achievements { language.achievements = Learned(WeekWording(template: t), .configured) }
      }
      if let cells = tableHeaders?[code], (2...5).contains(cells.count) {
        let roles = [0, 1, 2, 3, 4].map { $0 < cells.count ? $0 : nil }
        language.table = Learned(
          TableStyle(
            cells: cells,
            columns: TaskColumns(day: roles[0], task: roles[1], start: roles[2], end: roles[3], references: roles[4])),
          .configured)
      }
      if let f = dateFormat, let style = DateStyle(f) { language.dates = Learned(style, .configured) }
      if let d = dayLabels, let style = DayStyle(rawValue: d) { language.days = Learned(style, .configured) }
      conventions.languages[i] = language
    }
  }
}
