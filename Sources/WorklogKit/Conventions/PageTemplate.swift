/// Writes one new week page from a site's conventions: the front matter filled (title, the
/// week's Monday, weight, pre, chapter, as the site writes them), the objectives, tasks and
/// achievements headings in the language's wording, and a task row per working day with the
/// day's label and date, its other cells empty.
public struct PageTemplate: Sendable {
  public var conventions: SiteConventions
  /// The mark each empty list gets under the objectives and achievements headings.
  public static let emptyItem = "-"

  public init(conventions: SiteConventions) { self.conventions = conventions }

  /// The working days of week `n`: each day's ISO weekday and date.
  public func days(week n: Int) -> [(weekday: Int, date: CalendarDate)] {
    let monday = conventions.calendar.monday(week: n)
    return (1...max(1, min(7, conventions.workingDays.value))).map { ($0, monday.adding(days: $0 - 1)) }
  }

  /// The page of week `n` in language `code`.
  public func page(week n: Int, language code: String) -> String {
    let language = conventions.language(code)
    let nl = language.newline.value
    let table = language.table.value
    var lines: [String] = []
    lines.append(language.frontMatter.value.text(week: n, monday: conventions.calendar.monday(week: n), newline: nl))
    lines.append("")
    lines.append(language.objectives.value.text(week: n))
    lines.append("")
    lines.append(PageTemplate.emptyItem)
    lines.append("")
    lines.append(language.tasks.value.text(week: n))
    lines.append("")
    lines.append(table.header)
    lines.append(table.separator)
    for (index, (weekday, date)) in days(week: n).enumerated() {
      var cells: [Int: String] = [:]
      let dateText = language.dates.value.text(date)
      if let c = table.columns.day {
        // A `#` / `STT` first column counts rows.
        cells[c] = table.columns.dayIsRowNumber ? String(index + 1) : language.days.value.label(weekday: weekday)
      }
      if let c = table.columns.start { cells[c] = dateText }
      if let c = table.columns.end { cells[c] = dateText }
      lines.append(table.row(cells))
    }
    lines.append("")
    lines.append(language.achievements.value.text(week: n))
    lines.append("")
    lines.append(PageTemplate.emptyItem)
    // The front matter ends in its own newline.
    return lines[0] + lines.dropFirst().joined(separator: nl) + nl
  }

  /// A page of the user's (`--from-template`) for week `n` in language `code`: `{week}` becomes
  /// the week number, `{monday}` its Monday (`YYYY-MM-DD`), `{date1}` … `{date7}` the week's
  /// days in the site's date format and `{day1}` … `{day7}` their Day labels.
  public func page(fromTemplate text: String, week n: Int, language code: String) -> String {
    let language = conventions.language(code)
    let monday = conventions.calendar.monday(week: n)
    var out = text.replacing("{week}", with: String(n)).replacing("{monday}", with: monday.description)
    for w in 1...7 {
      out = out.replacing("{date\(w)}", with: language.dates.value.text(monday.adding(days: w - 1)))
        .replacing("{day\(w)}", with: language.days.value.label(weekday: w))
    }
    return out
  }
}
