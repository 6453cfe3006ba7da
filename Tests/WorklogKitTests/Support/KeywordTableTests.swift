import Testing

@testable import WorklogKit

/// Keywords searched in folded bytes, as `Vocabulary` searches them.
@Suite struct KeywordTableTests {
  static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var text = text
    return text.withUTF8(body)
  }

  @Test func theEarliestKeywordWinsAndTheFirstListedOnATie() {
    let table = KeywordTable([("result", 1), ("kết quả", 2), ("kết", 3), ("task", 4)])
    #expect(Self.withBytes("kết quả và task") { table.earliest(in: $0) } == 2)
    #expect(Self.withBytes("task results") { table.earliest(in: $0) } == 4)
    #expect(Self.withBytes("ket qua") { table.earliest(in: $0) } == nil)
    #expect(Self.withBytes("") { table.earliest(in: $0) } == nil)
  }

  @Test func aKeywordIsFoundFromAnOffset() {
    let week = Keyword("week")
    #expect(Self.withBytes("week 1, week 2") { week.firstOffset(in: $0, from: 1) } == 8)
    #expect(Self.withBytes("wee") { week.occurs(in: $0) } == false)
    #expect(Self.withBytes("the week 12 plan") { week.number(in: $0) } == .some(12))
    #expect(Self.withBytes("week 1\u{0301}") { week.number(in: $0) } == .none)
  }

  @Test func headingsFoldedOnceReadAsHeadings() {
    for heading in ["Week 3 Objectives", "KẾT QUẢ ĐẠT ĐƯỢC", "Kế hoạch công việc", "Expected Outcomes", "Tuần 4"] {
      let folded = heading.foldedForMatching
      #expect(Vocabulary.sectionKind(folded: folded) == Vocabulary.sectionKind(heading))
      for kind in [SectionKind.objectives, .tasks, .achievements, .nextWeek, .learnings, .other] {
        #expect(Vocabulary.isWeak(folded: folded, as: kind) == Vocabulary.isWeak(heading, as: kind))
      }
    }
    #expect(Vocabulary.isWeak("Kế hoạch công việc", as: .nextWeek))
    #expect(!Vocabulary.isWeak("Next week", as: .nextWeek))
  }
}
