import Testing

@testable import WorklogKit

/// Sections found where people put them (blockquotes, alerts, reworded headings) and sub-headings
/// that only look like sections.
@Suite struct SectionKindTests {
  static let table = """
    | Day | Task | Start Date | Completion Date |
    | --- | ---- | ---------- | --------------- |
    | 2 | Run the load test | 22/09/2025 | 22/09/2025 |
    """

  @Test func aHeadingInsideAnAlertOpensItsSection() throws {
    let page = try onePage(
      """
      > [!IMPORTANT]
      > ### Week 3 Goals
      > - Learn IAM policies
      >   - identity-based ones first
      > - Turn on MFA

      \(Self.table)

      ### Week 3 Achievements
      - MFA is on for the root user
      """)
    #expect(page.sections.map(\.kind) == [.objectives, .achievements])
    #expect(page.objectives.map(\.text) == ["Learn IAM policies", "Turn on MFA"])
    #expect(page.objectives[0].children.map(\.text) == ["identity-based ones first"])
    #expect(page.objectives[0].range.start.column == 5)
  }

  @Test func aHeadingInsideAPlainBlockquoteToo() throws {
    let page = try onePage(
      """
      > ## Week 3 Objectives
      >
      > * Read about VPC peering

      \(Self.table)
      """)
    #expect(page.sections.first?.kind == .objectives)
    #expect(page.objectives.map(\.text) == ["Read about VPC peering"])
  }

  @Test(arguments: [
    ("Actual work", SectionKind.tasks), ("Work completed", .tasks), ("Completed Tasks", .tasks),
    ("Outcomes and evidence", .achievements), ("Outcomes", .achievements),
    ("Key Outcomes & Deliverables", .achievements),
    ("Results achieved", .achievements), ("Knowledge gained:", .learnings), ("Kết quả và minh chứng", .achievements),
    ("Week 12: Documentation, Knowledge Transfer", .title), ("Evidence Gallery", .other),
  ])
  func englishWordingsAreRead(_ heading: String, _ kind: SectionKind) {
    #expect(Vocabulary.sectionKind(heading) == kind)
  }

  @Test func outcomesWithTheirEvidenceAreTheAchievements() throws {
    let page = try onePage(
      """
      ### Week 3 Objectives
      - Load test the app

      \(Self.table)

      ### Outcomes and evidence
      - The app serves 100 users ([screenshot](shot.png))
      """)
    #expect(page.achievements.map(\.text) == ["The app serves 100 users (screenshot)"])
  }

  @Test func expectedOutcomesAfterTheTableStandForTheAchievementsAndSaySoIsAGuess() throws {
    let page = try onePage(
      """
      ## Weekly Objectives
      - Set up the pipeline

      ## Daily Plan

      \(Self.table)

      ## Expected Outcomes
      - A pipeline that runs on every push
      """)
    #expect(page.achievements.map(\.text) == ["A pipeline that runs on every push"])
    let decision = try #require(page.sections.first { $0.heading?.value == "Expected Outcomes" }?.kindDecision)
    #expect(decision.value == .achievements)
    #expect(decision.isAmbiguous)
    #expect(decision.evidence.map(\.kind).contains("expectationWords"))
    #expect(page.decisions.contains { $0.kind == .sectionKind && $0.value == "achievements" && $0.isAmbiguous })
  }

  @Test func aResultsSubHeadingUnderTheTasksIsNotTheAchievements() throws {
    let page = try onePage(
      """
      ### Week 3 Objectives
      - Load test the app

      ### Tasks to be carried out this week
      \(Self.table)

      #### Load Test Results
      - p95 stayed under 300 ms

      ### Week 3 Achievements
      - Found the slow query
      """)
    #expect(page.achievements.map(\.text) == ["Found the slow query"])
    let sub = try #require(page.sections.first { $0.heading?.value == "Load Test Results" })
    #expect(sub.kind == .other)
    #expect(sub.kindDecision?.isAmbiguous == false)
    #expect(sub.kindDecision?.evidence.map(\.kind) == ["weakWords", "nestedUnder", "kindElsewhere"])
    // The tasks section still runs to the achievements heading.
    #expect(page.section(.tasks)?.lines.upperBound == 11)
  }

  @Test func aResultsSubHeadingAloneUnderTheTasksIsAGuess() throws {
    let page = try onePage(
      """
      ### Tasks to be carried out this week
      \(Self.table)

      #### Results
      - The bucket policy denies public reads
      """)
    let sub = try #require(page.sections.first { $0.heading?.value == "Results" })
    #expect(sub.kind == .other)
    #expect(sub.kindDecision?.isAmbiguous == true)
    #expect(page.decisions.filter { $0.kind == .sectionKind }.count == 1)
  }

  @Test func aTopLevelResultsHeadingIsStillTheAchievements() throws {
    let page = try onePage(
      """
      ### Tasks to be carried out this week
      \(Self.table)

      ### Results
      - The bucket policy denies public reads
      """)
    #expect(page.achievements.map(\.text) == ["The bucket policy denies public reads"])
    #expect(page.decisions.filter { $0.kind == .sectionKind }.isEmpty)
  }

  @Test func aNumberedSubPointNamingTasksStaysInsideTheAchievements() throws {
    let page = try onePage(
      """
      ### Week 3 Achievements:
      #### 1. Account set up
      - Budgets alarm at 10 dollars
      #### 2. Practised three lab tasks
      - Launched an instance
      #### 3. Cost control
      - Tagged every resource
      """)
    #expect(page.achievements.map(\.text) == ["1. Account set up", "2. Practised three lab tasks", "3. Cost control"])
    #expect(page.achievements.items.count == 3)
    #expect(page.section(.tasks) == nil)
  }

  @Test func anAchievementsHeadingOneLevelTooDeepIsStillTheAchievements() throws {
    let page = try onePage(
      """
      ## Tasks
      ### Day 2: networking
      - Drew the VPC
      ### Week 3 Achievements
      - The VPC is up
      """)
    #expect(page.achievements.map(\.text) == ["The VPC is up"])
    #expect(page.decisions.filter { $0.kind == .sectionKind }.isEmpty)
  }

  @Test func aWeekHeadingWhateverItsWordsHoldsThePageSections() throws {
    let page = try onePage(
      """
      # Week 3 - cloud learning review

      ## Deliverable
      - A reviewed architecture diagram
      """)
    #expect(page.achievements.map(\.text) == ["A reviewed architecture diagram"])
    #expect(page.decisions.filter { $0.kind == .sectionKind }.isEmpty)
  }

  @Test func aPlanHeadingRightAboveTheTaskTableIsTheTasks() throws {
    let page = try onePage(
      """
      ### Mục tiêu tuần 3
      - Học IAM

      ### Kế hoạch theo ngày
      \(Self.table)
      """,
      path: "site/content/1-Worklog/1.3-Week3/_index.vi.md")
    #expect(page.sections.map(\.kind) == [.objectives, .tasks])
    #expect(page.sections[1].kindDecision?.evidence.map(\.kind) == ["weakWords", "holdsTaskTable"])
  }
}
