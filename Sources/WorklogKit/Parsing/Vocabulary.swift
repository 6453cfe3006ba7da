/// The words English and Vietnamese worklogs use for their sections and table columns.
///
/// All matching is on text folded by `foldedForMatching` (lower case, single spaces).
enum Vocabulary {
  /// Section keywords; when a heading holds several, the earliest one in the heading wins.
  static let sectionKeywords: [(String, SectionKind)] = [
    ("objective", .objectives), ("goal", .objectives), ("mục tiêu", .objectives), ("muc tieu", .objectives),
    ("task", .tasks), ("công việc", .tasks), ("nhiệm vụ", .tasks), ("activit", .tasks), ("hoạt động", .tasks),
    ("nhật ký hằng ngày", .tasks), ("daily", .tasks), ("trọng tâm công việc", .tasks), ("weekly work", .tasks),
    ("work completed", .tasks), ("actual work", .tasks),
    ("achievement", .achievements), ("achivement", .achievements), ("outcome", .achievements),
    ("result", .achievements), ("kết quả", .achievements), ("thành tựu", .achievements),
    ("thành tích", .achievements), ("accomplishment", .achievements), ("deliverable", .achievements),
    ("kết quả đạt được", .achievements), ("results achieved", .achievements),
  ]

  /// Keywords of sections that are kept but are not objectives, tasks or achievements. They are
  /// checked first: `Plan for next week's tasks` is a plan, not the tasks.
  static let otherKeywords: [(String, SectionKind)] = [
    ("next week", .nextWeek), ("tuần tới", .nextWeek), ("tuần sau", .nextWeek), ("kế hoạch", .nextWeek),
    ("plan for", .nextWeek), ("challenge", .challenges), ("difficult", .challenges), ("khó khăn", .challenges),
    ("thách thức", .challenges), ("problem", .challenges), ("reference", .references),
    ("tài liệu tham khảo", .references), ("learning", .learnings), ("takeaway", .learnings),
    ("bài học", .learnings), ("lesson", .learnings),
  ]

  /// Keywords that name a section only when no objectives, tasks or achievements word does:
  /// `Outcomes and evidence` is the achievements with their evidence.
  static let yieldingKeywords: [(String, SectionKind)] = [
    ("evidence", .other), ("minh chứng", .other), ("reflection", .other), ("comment", .other), ("nhận xét", .other),
  ]

  /// Keywords of the learnings that also yield to a week number: `Knowledge gained` is the
  /// learnings, `Week 12: Documentation, Knowledge Transfer` the week's title.
  static let knowledgeKeywords: [(String, SectionKind)] = [("knowledge", .learnings), ("kiến thức", .learnings)]

  /// Section words that say little alone (`Results` is as often a test's results as the week's),
  /// so a section named only by them is weighed against where it sits and what it holds.
  static let weakKeywords: [String] = [
    "result", "outcome", "kết quả", "deliverable", "work completed", "actual work", "daily",
    "activit", "hoạt động", "plan for", "kế hoạch",
  ]

  /// Words that make an outcome a plan: `Expected Outcomes`, `Kết quả dự kiến`.
  static let expectationWords: [String] = ["expected", "planned", "dự kiến", "kỳ vọng", "mong đợi", "mong muốn"]

  /// The keyword tables, built once.
  private static let sectionTable = MaskedKeywords(sectionKeywords)
  private static let otherTable = MaskedKeywords(otherKeywords)
  private static let yieldingTable = MaskedKeywords(yieldingKeywords)
  private static let knowledgeTable = MaskedKeywords(knowledgeKeywords)
  /// The single words `sectionKind` looks for, in the order of `Single`.
  private static let singles = MaskedKeywords(
    [("objective", ()), ("mục tiêu", ()), ("worklog", ()), ("nhật ký", ()), ("week", ()), ("tuần", ())])
  private enum Single: Int { case objective, mucTieu, worklog, nhatKy, week, tuan }
  /// Every section word with its kind and whether it is weak, for `isWeak`.
  private static let allWords: [(keyword: Keyword, kind: SectionKind, weak: Bool)] =
    (sectionKeywords + otherKeywords + yieldingKeywords + knowledgeKeywords).map {
      (Keyword($0.0), $0.1, weakKeywords.contains($0.0))
    }
  private static let expectationTable = expectationWords.map(Keyword.init)

  /// Whether every word in the heading that names `kind` is a weak one (see `weakKeywords`):
  /// `Kế hoạch công việc` names the next week only by `kế hoạch`.
  static func isWeak(_ heading: String, as kind: SectionKind) -> Bool {
    isWeak(folded: heading.foldedForMatching, as: kind)
  }

  /// `isWeak` on a heading already folded by `foldedForMatching`.
  static func isWeak(folded: String, as kind: SectionKind) -> Bool {
    var text = folded
    return text.withUTF8 { hay in
      var any = false
      for word in allWords where word.kind == kind && word.keyword.occurs(in: hay) {
        if !word.weak { return false }
        any = true
      }
      return any
    }
  }

  /// Whether the folded heading holds one of the `expectationWords` (`Expected Outcomes`).
  static func holdsExpectationWord(_ folded: String) -> Bool {
    var text = folded
    return text.withUTF8 { hay in expectationTable.contains { $0.occurs(in: hay) } }
  }

  /// The role of a heading or pseudo-heading.
  static func sectionKind(_ heading: String) -> SectionKind { sectionKind(folded: heading.foldedForMatching) }

  /// `sectionKind` of a heading already folded by `foldedForMatching`.
  static func sectionKind(folded text: String) -> SectionKind {
    var bytes = text
    return bytes.withUTF8 { sectionKind(folded: $0, text) } ?? sectionKindByCharacters(text)
  }

  /// `sectionKind` on the UTF-8 of the folded heading; nil when a week number there must be read
  /// by characters.
  private static func sectionKind(folded hay: UnsafeBufferPointer<UInt8>, _ text: String) -> SectionKind? {
    let mask = ByteMask(hay)
    func has(_ word: Single) -> Bool { singles.occurs(word.rawValue, in: hay, mask) }
    // Learning objectives are objectives, not learnings.
    if !has(.objective) && !has(.mucTieu), let kind = otherTable.earliest(in: hay, mask) {
      return kind
    }
    var tasks = false
    var achievements = false
    for i in sectionTable.values.indices {
      let kind = sectionTable.values[i]
      guard kind == .tasks ? !tasks : kind == .achievements && !achievements, sectionTable.occurs(i, in: hay, mask)
      else { continue }
      if kind == .tasks { tasks = true } else { achievements = true }
    }
    if tasks && achievements { return .tasksAndAchievements }
    if let kind = sectionTable.earliest(in: hay, mask) { return kind }
    if let kind = yieldingTable.earliest(in: hay, mask) { return kind }
    // A keyword with a byte the heading lacks does not occur: no number follows it.
    func number(_ word: Single) -> Int?? {
      mask.covers(singles.masks[word.rawValue]) ? singles.keywords[word.rawValue].number(in: hay) : .some(nil)
    }
    guard let weekNumber = number(.week), let tuanNumber = number(.tuan) else { return nil }
    // A heading starting with an ASCII letter other than `t` cannot start with `thời gian`;
    // anything else is compared by characters, as `hasPrefix` compares.
    if weekNumber != nil || tuanNumber != nil || has(.worklog) || has(.nhatKy)
      || (hay.first.map { $0 >= 0x80 || $0 == 0x74 } == true && text.hasPrefix("thời gian"))
    {
      return .title
    }
    if let kind = knowledgeTable.earliest(in: hay, mask) { return kind }
    return .other
  }

  /// `sectionKind` on the folded heading as a `String`: the reference, and the reading of
  /// headings whose week number the bytes cannot settle.
  static func sectionKindByCharacters(_ text: String) -> SectionKind {
    // Learning objectives are objectives, not learnings.
    if !text.contains("objective") && !text.contains("mục tiêu"),
      let kind = earliest(otherKeywords, in: text)
    {
      return kind
    }
    let main = sectionKeywordHits(text)
    if main.contains(.tasks) && main.contains(.achievements) { return .tasksAndAchievements }
    if let kind = earliest(sectionKeywords, in: text) { return kind }
    if let kind = earliest(yieldingKeywords, in: text) { return kind }
    if text.numberByCharacters(after: "week") != nil || text.numberByCharacters(after: "tuần") != nil
      || text.contains("worklog") || text.contains("nhật ký") || text.hasPrefix("thời gian")
    {
      return .title
    }
    if let kind = earliest(knowledgeKeywords, in: text) { return kind }
    return .other
  }

  private static func sectionKeywordHits(_ text: String) -> Set<SectionKind> {
    Set(sectionKeywords.filter { text.contains($0.0) }.map(\.1))
  }

  private static func earliest(_ table: [(String, SectionKind)], in text: String) -> SectionKind? {
    var best: (String.Index, SectionKind)?
    for (word, kind) in table {
      if let r = text.range(of: word), best.map({ r.lowerBound < $0.0 }) ?? true { best = (r.lowerBound, kind) }
    }
    return best?.1
  }
}
