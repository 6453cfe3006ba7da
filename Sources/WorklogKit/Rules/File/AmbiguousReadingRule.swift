/// WL005: the parser had to guess how to read something, and the evidence was thin or split.
struct AmbiguousReadingRule: LintRule {
  let description = RuleDescription(
    code: "WL005", name: "ambiguous-reading", severity: .note,
    summary: "The page can be read more than one way, and worklog had to guess.",
    rationale: """
      Some things a page does not say outright: whether 03/04/2025 is the 3rd of April or the \
      4th of March, which column holds the task, which week a page is. worklog weighs all the \
      evidence there is and uses the likeliest reading, but when the evidence is thin or pulls \
      both ways it says so here, so that a summary built on the guess is not trusted blindly. \
      Writing the page so that it says what it means (ISO dates, the template's headers) makes \
      the note go away.
      """,
    triggering: [
      RuleExample(
        """
        ### Week 3 Tasks

        ↓| Task | Start Date | Completion Date |
        | --- | --- | --- |
        | Study S3 | 03/04/2025 | 03/04/2025 |
        """)
    ],
    nonTriggering: [
      RuleExample(
        """
        ### Week 3 Tasks

        | Task | Start Date | Completion Date |
        | --- | --- | --- |
        | Study S3 | 2025-04-03 | 2025-04-03 |
        """),
      RuleExample(
        """
        ### Week 3 Tasks

        | Task | Start Date | Completion Date |
        | --- | --- | --- |
        | Study S3 | 23/04/2025 | 24/04/2025 |
        """),
    ])

  func check(page: Worklog, context: LintContext) -> [Diagnostic] {
    // Most pages hold no guess: their decisions' records (words, evidence) are never made.
    guard Self.mayHoldAmbiguous(page) else { return [] }
    return page.decisions.filter(\.isAmbiguous).map { d in
      let message = "\(Self.what(d)) is a guess (confidence \(Self.percent(d.confidence))): \(Self.why(d))"
      let fix = Self.fix(d.kind)
      if let range = d.range { return finding(page.source, range, message, fix: fix) }
      return findingAtTop(page, message, fix: fix)
    }
  }

  /// Whether a decision `Worklog.decisions` lists for `page` may be ambiguous: false only when
  /// each decision it is made from (date order, columns, week, language, section roles) is not.
  static func mayHoldAmbiguous(_ page: Worklog) -> Bool {
    if let table = page.tasks {
      if let order = table.dateOrder, order.weighed.isAmbiguous { return true }
      if let columns = table.columnsDecision, columns.isAmbiguous { return true }
    }
    if page.isWeekPage, let week = page.week.decision, week.isAmbiguous { return true }
    if page.language.decision.isAmbiguous { return true }
    return page.sections.contains { $0.kindDecision?.isAmbiguous ?? false }
  }

  static func what(_ d: DecisionRecord) -> String {
    switch d.kind {
    case .dateOrder:
      return d.value == DateOrder.monthFirst.rawValue
        ? "reading these dates month-first" : "reading these dates day-first"
    case .columns: return "which column holds what"
    case .sectionKind: return "the role of this section (\(d.value))"
    case .week: return "week \(d.value)"
    case .language: return "the language \(d.value)"
    }
  }

  /// The evidence in a few words: the strongest piece for each side.
  static func why(_ d: DecisionRecord) -> String {
    var strongest: [String: Evidence] = [:]
    for e in d.evidence where e.weight >= (strongest[e.supports]?.weight ?? -1) { strongest[e.supports] = e }
    if strongest.values.allSatisfy({ $0.kind == "assumed" }) { return "nothing on the page decides" }
    return strongest.keys.sorted().compactMap { key in
      guard let e = strongest[key], e.kind != "assumed" else { return nil }
      return "\(e.kind) says \(key)" + (e.note.map { " (\($0))" } ?? "")
    }.joined(separator: ", ")
  }

  static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

  static func fix(_ kind: DecisionKind) -> String {
    switch kind {
    case .dateOrder:
      return "Write the dates as YYYY-MM-DD, or set \"dateOrder\" in .worklog.json."
    case .columns:
      return "Name the columns as the template does: Day | Task | Start Date | Completion Date | Reference Material."
    case .sectionKind:
      return "Use the template's heading for the section (Objectives, Tasks, Achievements)."
    case .week:
      return "Make the folder name, the title and the weight name the same week."
    case .language:
      return "Name the page with its language (_index.vi.md, _index.en.md) so it is not guessed."
    }
  }
}
