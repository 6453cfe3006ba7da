import Testing

@testable import WorklogKit

/// A `Worklog` is a value though its fields are held by one shared object: a change to a copy,
/// however deep, leaves every other copy as it was, across threads too.
@Suite struct WorklogValueTests {
  static let text = """
    ---
    title: "Week 2"
    ---
    ### Objectives
    - Learn IAM

    | Day | Task | Start Date | Completion Date | Reference Material |
    | --- | --- | --- | --- | --- |
    | Mon | Create an admin group | 2025-09-15 | 2025-09-15 | |
    | Tue | Write a bucket policy | 2025-09-16 | 2025-09-16 | |
    """

  static func page() throws -> Worklog {
    try #require(WorklogParser.parse(SourceFile(path: "site/content/1.2-Week2/_index.md", text: text)).first)
  }

  @Test func aChangeToACopyLeavesTheOriginal() throws {
    let original = try Self.page()
    var copy = original
    copy.tasks?.rows[0].task?.value.text = "Changed"
    copy.objectives.removeAll()
    copy.otherTables = 7
    #expect(original.tasks?.rows[0].task?.value.text == "Create an admin group")
    #expect(original.objectives.map(\.text) == ["Learn IAM"])
    #expect(original.otherTables == 0)
    #expect(copy.tasks?.rows[0].task?.value.text == "Changed")
    #expect(copy.tasks?.rows[1].task?.value.text == "Write a bucket policy")
    #expect(copy.objectives.isEmpty)
    #expect(copy.otherTables == 7)
  }

  @Test func aChangeToTheOriginalLeavesACopy() throws {
    var original = try Self.page()
    let copy = original
    original.title = nil
    original.tasks?.rows.removeLast()
    #expect(copy.title?.value == "Week 2")
    #expect(copy.tasks?.rows.count == 2)
    #expect(original.title == nil)
    #expect(original.tasks?.rows.count == 1)
  }

  @Test func copiesChangedOnManyThreadsStayApart() async throws {
    let shared = try Self.page()
    let texts = await withTaskGroup(of: String.self) { group in
      for i in 0..<16 {
        group.addTask {
          var mine = shared
          mine.tasks?.rows[0].task?.value.text = "Task \(i)"
          return mine.tasks?.rows[0].task?.value.text ?? ""
        }
      }
      var out: [String] = []
      for await text in group { out.append(text) }
      return out
    }
    #expect(Set(texts) == Set((0..<16).map { "Task \($0)" }))
    #expect(shared.tasks?.rows[0].task?.value.text == "Create an admin group")
  }
}
