import Testing

@testable import WorklogKit

/// The enums `CaseHashing` covers hash by case, not by their `String` raw value, and still tell
/// every case apart in a set.
@Suite struct CaseHashingTests {
  static func hash<T: Hashable>(_ value: T) -> Int {
    var hasher = Hasher()
    hasher.combine(value)
    return hasher.finalize()
  }

  static func hashesByCase<T: Hashable & RawRepresentable>(_ cases: [T]) -> Bool where T.RawValue == String {
    cases.allSatisfy { hash($0) != hash($0.rawValue) } && Set(cases).count == cases.count
      && Set(cases.map(hash)).count == cases.count
  }

  @Test func sectionKinds() {
    let kinds: [SectionKind] = [
      .objectives, .tasks, .achievements, .tasksAndAchievements, .references, .challenges, .nextWeek, .learnings,
      .title, .other,
    ]
    #expect(Self.hashesByCase(kinds))
    let set: Set<SectionKind> = [.tasks, .title]
    #expect(set.contains(.tasks) && set.contains(.title) && !set.contains(.other))
  }

  @Test func theOtherKinds() {
    #expect(Self.hashesByCase([DateOrder.dayFirst, .monthFirst]))
    #expect(Self.hashesByCase(DecisionKind.allCases))
    #expect(Self.hashesByCase(WeekState.allCases))
    #expect(Self.hashesByCase(ColumnRoles.Role.allCases))
    #expect(Self.hashesByCase([DateOrderEvidence.fieldAbove12, .weekday, .span]))
    let counts: [DateOrder: Int] = [.dayFirst: 2, .monthFirst: 3]
    #expect(counts[.dayFirst] == 2 && counts[.monthFirst] == 3)
  }
}
