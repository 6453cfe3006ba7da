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

  /// Whether every word in the heading that names `kind` is a weak one (see `weakKeywords`):
  /// `Kế hoạch công việc` names the next week only by `kế hoạch`.
  static func isWeak(_ heading: String, as kind: SectionKind) -> Bool {
    let text = heading.foldedForMatching
    let words = (sectionKeywords + otherKeywords + yieldingKeywords + knowledgeKeywords).filter {
      $0.1 == kind && text.contains($0.0)
    }
    return !words.isEmpty && words.allSatisfy { word in weakKeywords.contains(word.0) }
  }

  /// The role of a heading or pseudo-heading.
  static func sectionKind(_ heading: String) -> SectionKind {
    let text = heading.foldedForMatching
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
    if text.number(after: "week") != nil || text.number(after: "tuần") != nil || text.contains("worklog")
      || text.contains("nhật ký") || text.hasPrefix("thời gian")
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
      if let r = text.range(of: word), best == nil || r.lowerBound < best!.0 { best = (r.lowerBound, kind) }
    }
    return best?.1
  }
}
