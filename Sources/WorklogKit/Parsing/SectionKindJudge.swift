/// Weighs what a heading's words say its section is against where the section sits and what it
/// holds: `#### Load Test Results` under the tasks is a sub-heading of the tasks, not the
/// achievements; `## Expected Outcomes` after the task table stands where the achievements do.
enum SectionKindJudge {
  /// What the first content line below a heading is. A list says nothing (the tasks hold
  /// lists as often as the achievements do); a table under a sub-heading is data, not a list of
  /// outcomes.
  enum Holding: Equatable { case list, table, taskTable, text, nothing }

  /// Where a heading sits and what is below it.
  struct Context {
    /// The kind and level of the nearest enclosing heading that is not the page title.
    var parent: (kind: SectionKind, level: Int)?
    var level: Int
    var holds: Holding
    /// Before (-1) or after (+1) the task table, nil when there is none or the section holds it.
    var side: Int?
    /// Kinds named by headings that are not nested under another section.
    var topKinds: Set<SectionKind>
    var range: SourceRange
  }

  /// How much each piece of evidence counts; a strong word alone is confident (6 / 7 = 0.86).
  static let strongWords = 6.0
  static let weakWords = 2.0
  static let underMain = 5.0
  static let underKnown = 4.0
  static let underOther = 1.0
  static let holdsTaskTable = 7.0
  static let content = 1.0
  static let position = 2.0
  static let expectation = 2.0
  static let kindElsewhere = 2.0
  static let numberedSubHeading = 3.0

  /// `2. Practice`, `3) Cost control`: numbered like the sub-points of a section.
  static func isNumbered(_ heading: String) -> Bool {
    let digits = heading.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 2 else { return false }
    let rest = heading.dropFirst(digits.count)
    return rest.hasPrefix(".") || rest.hasPrefix(")")
  }

  /// The kind for a heading whose words say `words`, and the decision when there was anything
  /// to weigh (nil when the words alone say it and nothing on the page speaks against them).
  /// `folded`, the heading folded by `foldedForMatching` when the caller has it at hand.
  static func judge(_ heading: String, words: SectionKind, _ c: Context, folded: String? = nil) -> (
    SectionKind, Decision<SectionKind>?
  ) {
    let folded = folded ?? heading.foldedForMatching
    let main = SectionReader.mainKinds.contains(words)
    // Most headings have nothing to weigh (see below): their words decide, and no scorer is made.
    if main {
      let nested = c.parent.map { $0.kind != words && $0.level < c.level } ?? false
      if !nested && !(words == .achievements && Vocabulary.holdsExpectationWord(folded)) { return (words, nil) }
    } else if !(c.holds == .taskTable && (words == .other || words == .nextWeek)) {
      return (words, nil)
    }
    var candidates: [SectionKind] = []
    for k in [words, .other, .objectives, .achievements, .tasks] where !candidates.contains(k) { candidates.append(k) }
    var scorer = Scorer<SectionKind>(candidates, label: \.rawValue)
    var weighed = false
    if main {
      let weak = Vocabulary.isWeak(folded: folded, as: words)
      scorer.add(
        weak ? "weakWords" : "headingWords", for: words, weight: weak ? weakWords : strongWords, range: c.range,
        note: heading)
      // Nested under a section of another kind, a heading named by weak words, or numbered
      // like its siblings (`#### 2. …` under the achievements), is that section's sub-heading.
      // A plain `Achievements` under the tasks is still the achievements: its level is a slip.
      let numbered = isNumbered(heading)
      if let p = c.parent, p.kind != words, p.level < c.level, weak || numbered {
        weighed = true
        let weight = SectionReader.mainKinds.contains(p.kind) ? underMain : p.kind == .other ? underOther : underKnown
        scorer.add(
          "nestedUnder", for: .other, weight: weight, range: c.range, note: "under a \(p.kind.rawValue) heading")
        if numbered { scorer.add("numberedSubHeading", for: .other, weight: numberedSubHeading, range: c.range) }
        if c.holds == .table {
          scorer.add("holdsTable", for: .other, weight: content, range: c.range, note: "a table, not a list")
        }
        if c.topKinds.contains(words) {
          scorer.add(
            "kindElsewhere", for: .other, weight: kindElsewhere, range: c.range,
            note: "the page has its own \(words.rawValue) heading")
        }
      }
      if words == .achievements, Vocabulary.holdsExpectationWord(folded) {
        weighed = true
        scorer.add(
          "expectationWords", for: .objectives, weight: expectation, range: c.range,
          note: "an outcome still expected is a goal")
        if c.topKinds.contains(.objectives) {
          scorer.add(
            "kindElsewhere", for: .achievements, weight: kindElsewhere, range: c.range,
            note: "the page has its own objectives heading")
        }
      }
      // Before the task table is where objectives stand, after it achievements; a nested
      // heading's place is its parent's.
      if weighed, c.parent == nil, words == .objectives || words == .achievements, let side = c.side {
        weighed = true
        scorer.add(
          side < 0 ? "beforeTaskTable" : "afterTaskTable", for: side < 0 ? .objectives : .achievements,
          weight: position, range: c.range)
      }
    } else if c.holds == .taskTable, words == .other || words == .nextWeek {
      // `Daily Progress`, `Kế hoạch theo ngày`: the heading right above the task table.
      weighed = true
      if words == .nextWeek {
        let weak = Vocabulary.isWeak(folded: folded, as: words)
        scorer.add(
          weak ? "weakWords" : "headingWords", for: words, weight: weak ? weakWords : strongWords, range: c.range,
          note: heading)
      }
      scorer.add(
        "holdsTaskTable", for: .tasks, weight: holdsTaskTable, range: c.range, note: "the task table is right below")
    }
    guard weighed else { return (words, nil) }
    let decision = scorer.decide()
    return (decision.value, decision)
  }
}
