/// The program's standard week page, in English and Vietnamese, for a site with no pages to
/// learn from: `content/1-Worklog/1.{n}-Week{n}/_index.md` (English) and `_index.vi.md`, the
/// usual front matter, dates `15/09/2025`, days `2`…`6`.
public enum ConventionDefaults {
  /// The standard conventions of language `code` (English wording for a language other than
  /// `vi`), every value marked defaulted.
  public static func language(_ code: String) -> LanguageConventions {
    let vi = code == "vi"
    let suffix = code == "en" ? "" : ".\(code)"
    func d<V>(_ v: V) -> Learned<V> { Learned(v, .defaulted) }
    let path = PathPattern(
      parts: [
        .text("content/1-Worklog/1."), .week(offset: 0, width: 1), .text("-Week"), .week(offset: 0, width: 1),
        .text("/_index\(suffix).md"),
      ])
    let title =
      vi ? WeekWording(before: "\"Nhật ký tuần ", after: "\"") : WeekWording(before: "\"Week ", after: " log\"")
    let frontMatter = FrontMatterStyle(
      fence: .yaml,
      entries: [
        .init(key: "title", value: .wording(title)),
        .init(key: "date", value: .monday(quoted: false)),
        .init(key: "weight", value: .weight(quoted: false)),
        .init(key: "chapter", value: .wording(WeekWording(before: "false", after: nil))),
        .init(key: "pre", value: .wording(WeekWording(before: "\" <b> 1.", after: ". </b> \""))),
      ])
    let cells =
      vi
      ? ["Thứ", "Công việc", "Ngày bắt đầu", "Ngày hoàn thành", "Tài liệu"]
      : ["Day", "Task", "Start date", "Completion date", "References"]
    let columns = TaskColumns(day: 0, task: 1, start: 2, end: 3, references: 4)
    return LanguageConventions(
      code: code, path: d(path), frontMatter: d(frontMatter),
      objectives: d(
        vi
          ? WeekWording(before: "### Mục tiêu của tuần ", after: ":")
          : WeekWording(before: "### Goals for week ", after: ":")),
      tasks: d(WeekWording(before: vi ? "### Công việc trong tuần:" : "### Tasks of the week:", after: nil)),
      achievements: d(
        vi
          ? WeekWording(before: "### Kết quả đạt được tuần ", after: ":")
          : WeekWording(before: "### Achievements of week ", after: ":")),
      table: d(TableStyle(cells: cells, columns: columns)), dates: d(.standard), days: d(.thuNumber), newline: d("\n"))
  }

  /// `pattern`, written for language `from`, moved to language `to`: the `.from.md` suffix
  /// (none for English) swapped, or a `/from/` folder renamed.
  static func move(_ pattern: PathPattern, from: String, to: String) -> PathPattern {
    var parts = pattern.parts
    guard let last = parts.indices.last(where: { if case .text = parts[$0] { return true } else { return false } }),
      case .text(var text) = parts[last]
    else { return pattern }
    let toSuffix = to == "en" ? ".md" : ".\(to).md"
    if text.hasSuffix(".\(from).md") {
      text = String(text.dropLast(from.count + 4)) + toSuffix
    } else if text.hasSuffix(".md") {
      text = String(text.dropLast(3)) + toSuffix
    }
    parts[last] = .text(text)
    var moved = PathPattern(parts: parts)
    if case .text(let first) = moved.parts.first, first.contains("/\(from)/") || first.hasPrefix("content/\(from)/") {
      moved.parts[0] = .text(first.replacingFirst("content/\(from)/", with: to == "en" ? "content/" : "content/\(to)/"))
    }
    return moved
  }
}

extension String {
  /// The string with the first `target` replaced.
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let r = range(of: target) else { return self }
    return self[..<r.lowerBound] + replacement + self[r.upperBound...]
  }
}
