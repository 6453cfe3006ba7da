extension WeightNotWeekRule {
  /// `weight` set to the week: the value's token is replaced, its quotes (if any) and any
  /// comment after it kept. Safe unless the week itself was an ambiguous reading.
  func weightFix(_ page: Worklog, _ entry: FrontMatterEntry, week: Int) -> Fix? {
    switch entry.value.value {
    case .integer, .float, .string: break
    default: return nil
    }
    guard let token = FrontMatterEdit.token(page.source, entry, fence: page.frontMatter.fence) else { return nil }
    let applicability: FixApplicability = page.week.decision?.isAmbiguous == true ? .unsafe : .safe
    return Fix("set weight to \(week)", applicability, edits: [FrontMatterEdit.literal(String(week), over: token)])
  }
}
