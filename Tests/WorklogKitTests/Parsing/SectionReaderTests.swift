import Testing
import WorklogTestSupport

@testable import WorklogKit

@Suite struct SectionReaderTests {
  private func sections(_ body: String, path: String = weekThreePath) throws -> [Section] {
    try onePage(body, path: path).sections
  }

  @Test(arguments: [
    ("# Objectives:", SectionKind.objectives, 1),
    ("## Week 3 Objectives", .objectives, 2),
    ("### Week 3 Objectives:", .objectives, 3),
    ("#### Objectives", .objectives, 4),
    ("### Week 3 Goals:", .objectives, 3),
    ("### Learning Objectives", .objectives, 3),
    ("### Mục tiêu tuần 3:", .objectives, 3),
    ("## 📍 Mục tiêu tuần 3", .objectives, 2),
    ("## 🎯 Objectives", .objectives, 2),
    ("### Tasks to be carried out this week:", .tasks, 3),
    ("### Các công việc cần triển khai trong tuần này:", .tasks, 3),
    ("## Công việc đã thực hiện", .tasks, 2),
    ("### Nhật ký hằng ngày", .tasks, 3),
    ("#### Hoạt động", .tasks, 4),
    ("### Week 3 Achievements:", .achievements, 3),
    ("### Week 3 Outcomes", .achievements, 3),
    ("# Results:", .achievements, 1),
    ("## 🏆 Achievements", .achievements, 2),
    ("### Kết quả đạt được tuần 3:", .achievements, 3),
    ("### Thành tựu Tuần 3", .achievements, 3),
    ("## ✅ Kết quả tuần 3", .achievements, 2),
    ("### Tasks and Achievements", .tasksAndAchievements, 3),
    ("### Tasks and Achivements", .tasksAndAchievements, 3),
    ("## Công việc & Kết quả chính", .tasksAndAchievements, 2),
    ("### Challenges:", .challenges, 3),
    ("### Khó khăn & Giải pháp", .challenges, 3),
    ("### Plan for Next Week:", .nextWeek, 3),
    ("### Kế hoạch tuần tới", .nextWeek, 3),
    ("### Tài liệu tham khảo", .references, 3),
    ("### Key Learnings:", .learnings, 3),
    ("## WEEK 3 WORKLOG", .title, 2),
    ("### Evidence Gallery", .other, 3),
  ])
  func headingKeywords(_ heading: String, _ kind: SectionKind, _ level: Int) throws {
    let found = try sections("\(heading)\n\n- item\n")
    try #require(found.count == 1)
    #expect(found[0].kind == kind)
    #expect(found[0].level == level)
    #expect(found[0].detectedBy == .heading)
  }

  @Test func headingTextIsKeptWithoutMarksAndEmphasis() throws {
    let found = try sections("### **Week 3 Objectives:**\n- a\n")
    #expect(found.first?.heading?.value == "Week 3 Objectives:")
    #expect(found.first?.heading?.range.start.column == 5)
  }

  @Test func subtitleAfterTheKeyword() throws {
    let found = try sections(
      "### Week 5 Objectives: Load Balancing & Auto Scaling\n- a\n", path: "site/content/1-Worklog/1.5-Week5/_index.md")
    #expect(found.first?.kind == .objectives)
    #expect(found.first?.weekInHeading == 5)
  }

  @Test func plainLinesWithoutHashes() throws {
    let page = try onePage(
      """
      Week 3 Objectives:
      - Deploy the frontend to S3.

      | Date | Tasks | Start Date | End Date |
      | ---- | ----- | ---------- | -------- |
      | 1 | Build | 01/05/2026 | 02/05/2026 |

      Week 3 Achievements:
      - The site is live.
      """)
    #expect(page.sections.map(\.kind) == [.objectives, .achievements])
    #expect(page.sections.map(\.detectedBy) == [.plainLine, .plainLine])
    #expect(page.sections.map(\.level) == [0, 0])
    #expect(page.sections[0].weekInHeading == 3)
    #expect(page.objectives.map(\.text) == ["Deploy the frontend to S3."])
    #expect(page.achievements.map(\.text) == ["The site is live."])
    #expect(page.tasks?.rows.count == 1)
  }

  @Test func boldPseudoHeadingOpensASection() throws {
    let page = try onePage("**Objectives:**\n- Learn IAM\n\n**Achievements:**\n- Created users\n")
    #expect(page.sections.map(\.kind) == [.objectives, .achievements])
    #expect(page.sections.map(\.detectedBy) == [.plainLine, .plainLine])
    #expect(page.objectives.map(\.text) == ["Learn IAM"])
    #expect(page.achievements.map(\.text) == ["Created users"])
  }

  @Test func boldPseudoHeadingInsideASectionIsNotASection() throws {
    let page = try onePage("### Week 3 Achievements:\n**Kết quả:**\n- Created users\n")
    #expect(page.sections.map(\.kind) == [.achievements])
  }

  @Test func tasksAndAchievementsHeadingCoversBoth() throws {
    let page = try onePage(
      """
      ### Tasks and Achievements

      \(templateHeader)
      | 2 | Study IAM | 22/09/2025 | 22/09/2025 | [IAM](https://aws.amazon.com/iam/) |

      - Created an admin group
      """)
    #expect(page.sections.map(\.kind) == [.tasksAndAchievements])
    #expect(page.tasks?.rows.count == 1)
    #expect(page.achievements.map(\.text) == ["Created an admin group"])
  }

  @Test func unknownSectionsAreKept() throws {
    let page = try onePage(
      "### Week 3 Achievements:\n- a\n\n### Challenges\n- slow network\n\n### Weekly Overview\nText.")
    #expect(page.sections.map(\.kind) == [.achievements, .challenges, .other])
    #expect(page.sections.map(\.lines) == [1...3, 4...6, 7...8])
    #expect(page.achievements.map(\.text) == ["a"])
  }

  @Test func headingNamingAnotherWeek() throws {
    let page = try onePage(
      "### Mục tiêu tuần 7:\n- a\n\n### Thành tựu Tuần 8:\n- b\n", path: "site/content/1-Worklog/1.7-Week7/_index.vi.md"
    )
    #expect(page.sections.map(\.weekInHeading) == [7, 8])
    #expect(page.week.number == 7)
    #expect(page.week.source == .path)
    #expect(page.week.evidence.filter { $0.source == .heading }.map(\.value) == [7])
  }

  @Test func aSectionRunsToTheNextHeadingAtItsLevel() throws {
    let page = try onePage(
      """
      ## Week 3 Achievements
      ### 1. Networking
      - Built a VPC
      ### 2. Compute
      - Launched EC2
      ## Challenges
      - none
      """)
    #expect(page.sections.map(\.kind) == [.achievements, .challenges])
    #expect(page.sections[0].lines == 1...5)
    #expect(page.achievements.map(\.text) == ["1. Networking", "2. Compute"])
    #expect(page.achievements.items.map(\.group) == ["1. Networking", "2. Compute"])
  }
}
