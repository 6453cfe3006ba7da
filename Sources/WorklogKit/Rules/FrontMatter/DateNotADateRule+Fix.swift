extension DateNotADateRule {
  /// The page's date: the earliest task date, else the Monday of the week counted from
  /// `programStart` in the configuration; nil when neither is known.
  static func derivedDate(_ page: Worklog, _ context: LintContext) -> CalendarDate? {
    if let first = page.tasks?.rows.compactMap(\.startDate).min() { return first }
    guard let start = context.configuration.programStartDate, let week = page.week.number, week >= 1 else { return nil }
    return start.adding(days: 7 * (week - 1))
  }

  /// `date` written as that date, `YYYY-MM-DD`: a bare date in YAML and TOML, in the quotes the
  /// value had, and a string in JSON. Unsafe: a guess the author should check.
  func dateFix(_ page: Worklog, _ entry: FrontMatterEntry, _ context: LintContext) -> Fix? {
    guard let date = Self.derivedDate(page, context) else { return nil }
    let fence = page.frontMatter.fence
    guard let token = FrontMatterEdit.token(page.source, entry, fence: fence) else { return nil }
    let text = date.description
    let edit =
      token.quote == nil && fence == .json
      ? TextEdit(range: token.range, with: "\"\(text)\"") : FrontMatterEdit.literal(text, over: token)
    return Fix("set date to \(text)", .unsafe, edits: [edit], changesDates: true)
  }
}
