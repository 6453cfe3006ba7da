import Testing

@testable import WorklogKit

/// The section rules (WL2xx) beyond their documented examples.
@Suite struct SectionRulesTests {
  @Test func missingObjectivesSuggestsAHeadingInThePagesLanguage() throws {
    let findings = LintHarness.lint(
      ObjectivesMissingRule(), "### Kết quả đạt được tuần 3:\n\n* Xong.\n",
      path: "site/content/1-Worklog/1.3-Week3/_index.vi.md")
    let d = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(d.message == "the page has no objectives section")
    #expect(d.fix?.contains("### Mục tiêu tuần 3:") == true)
  }

  @Test func aFocusHeadingAboveTheTasksCountsAsObjectives() {
    let page = """
      ### Trọng tâm công việc
      Tuần này tập trung vào mạng VPC.

      ### Công việc thực hiện
      1. Thiết kế VPC.

      ### Kết quả đạt được
      - Hiểu VPC.

      """
    #expect(
      LintHarness.lint(ObjectivesMissingRule(), page, path: "site/content/1-Worklog/1.3-Week3/_index.vi.md").isEmpty)
  }

  @Test func aPlainGoalLabelCountsAsObjectives() {
    let page = "### Context\nGoal: automate the pipeline end to end.\n\n### Tasks Completed\n\n- Wrote the pipeline.\n"
    #expect(LintHarness.lint(ObjectivesMissingRule(), page).isEmpty)
  }

  @Test func aWholeTermPageIsCheckedWeekByWeekAtEachWeeksHeading() {
    let page = """
      ---
      title: "Worklog"
      ---

      ## Week 1: Getting started

      **Objectives:**
      - Set up an AWS account.

      **Achievements:**
      - Account ready.

      ## Week 2: Networking

      **Achievements:**
      - Built a VPC.

      """
    let findings = LintHarness.lint([("site/content/worklog/_index.md", page)], rules: [ObjectivesMissingRule()])
    #expect(findings.map(\.range.start.line) == [13])
  }

  @Test func emptyPlainLineSectionIsReportedAtItsLine() {
    let page = "Week 3 Objectives:\n\nWeek 3 Achievements:\n- Built a VPC.\n"
    let findings = LintHarness.lint(SectionEmptyRule(), page)
    #expect(
      findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" } == [
        "1:1 'Week 3 Objectives' has nothing under it"
      ])
  }

  @Test func aSubheadingAtTheSameLevelOpensTheSectionsContent() {
    let page =
      "### Week 3 Objectives:\n\n### 1. Networking\n\n- Learn VPC.\n\n### Week 3 Achievements:\n\n### Challenges\n\n- Time.\n"
    let findings = LintHarness.lint(SectionEmptyRule(), page)
    #expect(findings.map(\.message) == ["'Week 3 Achievements:' has nothing under it"])
  }

  @Test(arguments: [
    ("...", true), ("…", true), ("Task 1", true), ("Mục tiêu 2", true), ("Updating...", true), ("TODO", false),
    ("Describe the goal for Week 4.", true), ("Write what you learned this week", true),
    ("Mô tả mục tiêu của tuần này", true),
    ("Task 1: Launch an EC2 instance", false), ("Describe the goals of the Well-Architected Framework", false),
    ("Learned about S3 ... and Glacier", false), ("Week 3", false), ("Todo app deployed to Amplify", false),
  ])
  func placeholderPatterns(_ text: String, _ expected: Bool) {
    #expect((TemplatePlaceholderRule.placeholder(text) != nil) == expected, "\(text)")
  }

  @Test func placeholdersAreLeftAloneInDrafts() {
    let page = "---\ntitle: \"Week 3\"\ndraft: true\n---\n\n### Week 3 Objectives:\n\n- Task 1\n"
    #expect(LintHarness.lint(TemplatePlaceholderRule(), page).isEmpty)
  }

  @Test func aHeadingIsNotJudgedAgainstAWeekTakenFromWeightAlone() {
    let page = "---\ntitle: \"Networking\"\nweight: 1\n---\n\n### Week 7 Objectives:\n\n- Learn VPC.\n"
    #expect(LintHarness.lint(HeadingNamesAnotherWeekRule(), page, path: "site/content/1-Worklog/networking.md").isEmpty)
  }

  @Test func copiedObjectivesNameTheEarliestWeekTheyCameFrom() {
    let objectives = "* Get to know the team.\n* Set up an AWS account.\n"
    let files = (1...3).map { n in
      ("site/content/1-Worklog/1.\(n)-Week\(n)/_index.md", "### Week \(n) Objectives:\n\n" + objectives)
    }
    let findings = LintHarness.lint(files, rules: [CopiedFromAnotherWeekRule()])
    #expect(
      findings.map(\.message) == ["the objectives are the same as week 1's", "the objectives are the same as week 1's"])
    #expect(findings.map(\.path) == [files[1].0, files[2].0])
  }
}
