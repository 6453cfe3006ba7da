import Testing

@testable import WorklogKit

@Suite struct ListReaderTests {
  @Test func nestedListsKeepTheirLevel() throws {
    let page = try onePage(
      """
      ### Week 3 Objectives:
      - Networking
        - VPC and subnets
          * Route tables
      - Security
      """)
    #expect(page.objectives.map(\.text) == ["Networking", "Security"])
    #expect(page.objectives.flattened.map(\.text) == ["Networking", "VPC and subnets", "Route tables", "Security"])
    #expect(page.objectives.flattened.map(\.level) == [1, 2, 3, 1])
    #expect(page.objectives.flattened.map(\.line) == [2, 3, 4, 5])
    #expect(page.objectives[0].children[0].range.start.column == 5)
    #expect(page.objectives[0].children[0].children.map(\.text) == ["Route tables"])
  }

  @Test func subHeadingsGroupTheirItems() throws {
    let page = try onePage(
      """
      ### Week 3 Achievements:
      #### 1. Docker Fundamentals
      - Built an image
      #### 2. Deployment
      - Pushed it to ECR
      - Ran it on ECS
      """)
    #expect(page.achievements.map(\.text) == ["1. Docker Fundamentals", "2. Deployment"])
    #expect(page.achievements.map(\.isGroup) == [true, true])
    #expect(
      page.achievements.map { $0.children.map(\.text) } == [["Built an image"], ["Pushed it to ECR", "Ran it on ECS"]])
    #expect(page.achievements.items.map(\.group) == ["1. Docker Fundamentals", "2. Deployment", "2. Deployment"])
    #expect(page.sections.map(\.kind) == [.achievements])
  }

  @Test func boldPseudoHeadingsGroupTheirItems() throws {
    let page = try onePage(
      """
      ### Kết quả đạt được tuần 3:
      **Tổng quát:**
      - Hiểu VPC
      **2. Dự án:**
      - Dựng mạng cho dự án
      """,
      path: "site/content/1-Worklog/1.3-Week3/_index.vi.md")
    #expect(page.achievements.map(\.text) == ["Tổng quát", "2. Dự án"])
    #expect(page.achievements.items.map(\.text) == ["Hiểu VPC", "Dựng mạng cho dự án"])
    #expect(page.achievements.items.map(\.group) == ["Tổng quát", "2. Dự án"])
  }

  @Test func codeBlockInsideAnItemDoesNotBreakTheList() throws {
    let page = try onePage(
      """
      ### Week 3 Achievements:
      - Configured the CLI:
        ```bash
        # set the region
        - not an item
        aws configure
        ```
      - Created a bucket
      """)
    #expect(page.achievements.map(\.text) == ["Configured the CLI:", "Created a bucket"])
    #expect(page.achievements.map(\.level) == [1, 1])
    #expect(page.sections.map(\.kind) == [.achievements])
  }

  @Test func continuationLinesJoinTheirItem() throws {
    let page = try onePage("### Week 3 Objectives:\n- Learn how subnets\n  route traffic\n- Practise\n")
    #expect(page.objectives.map(\.text) == ["Learn how subnets route traffic", "Practise"])
  }

  @Test func paragraphsWhenThereIsNoList() throws {
    let page = try onePage("### Week 3 Objectives:\nLearn VPC basics\nand subnets.\n\nPractise NAT.\n")
    #expect(page.objectives.map(\.text) == ["Learn VPC basics and subnets.", "Practise NAT."])
    #expect(page.objectives.map(\.level) == [1, 1])
  }

  @Test func linksInItems() throws {
    let page = try onePage("### Week 3 Objectives:\n- Read [VPC docs](https://docs.aws.amazon.com/vpc/)\n")
    #expect(page.objectives.first?.text == "Read VPC docs")
    #expect(page.objectives.first?.links == [Reference(title: "VPC docs", url: "https://docs.aws.amazon.com/vpc/")])
  }

  @Test func checkboxesAreDecoration() throws {
    let page = try onePage("### Week 3 Objectives:\n- [x] Learn VPC\n- [ ] Learn NAT\n")
    #expect(page.objectives.map(\.text) == ["Learn VPC", "Learn NAT"])
  }

  @Test func aResultsTableDoesNotHideTheAchievementsList() throws {
    let page = try onePage(
      """
      ### Week 12 Objectives
      - Load test the app
      #### Performance Testing Results
      | Load Level | Response Time |
      |------------|---------------|
      | 50 users | 320ms |

      ### Achievements
      - The system handles 100 users
      """)
    // The results table is a sub-heading of the objectives, kept with the decision that says so.
    #expect(page.sections.map(\.kind) == [.objectives, .other, .achievements])
    #expect(page.achievements.map(\.text) == ["The system handles 100 users"])
    #expect(page.objectives.map(\.text) == ["Load test the app"])
  }

  @Test func withoutHeadingsTheListsAroundTheTableAreObjectivesAndAchievements() throws {
    let page = try onePage(
      """
      - Learn VPC
      - Learn NAT

      \(templateHeader)
      | 2 | Study VPC | 22/09/2025 | 22/09/2025 | - |

      - Built a VPC
      """)
    #expect(page.objectives.map(\.text) == ["Learn VPC", "Learn NAT"])
    #expect(page.achievements.map(\.text) == ["Built a VPC"])
    #expect(page.sections.map(\.kind) == [.objectives, .achievements])
    #expect(page.sections.map(\.detectedBy) == [.structure, .structure])
    #expect(page.sections.map(\.lines) == [1...3, 7...8])
  }

  @Test func structureIsNotUsedForProseAroundTheTable() throws {
    let page = try onePage(
      "Some intro text.\n\n\(templateHeader)\n| 2 | Study VPC | 22/09/2025 | 22/09/2025 | - |\n\nThanks.\n")
    #expect(page.objectives.isEmpty)
    #expect(page.achievements.isEmpty)
    #expect(page.sections.isEmpty)
  }
}

@Suite struct ListTreeTests {
  @Test func aNestedListIsCountedByItsTopLevelItems() throws {
    let page = try onePage(
      """
      ### Week 3 Achievements:
      - Built the network
        - two public subnets
        - a NAT gateway
      - Secured it
        1. security groups
        2. network ACLs
      """)
    #expect(page.achievements.count == 2)
    #expect(page.achievements.map { $0.children.count } == [2, 2])
    #expect(page.achievements.items.count == 6)
    #expect(page.achievements[1].children.map(\.level) == [2, 2])
  }

  @Test func itemsBeforeTheFirstSubHeadingStayAtTheTop() throws {
    let page = try onePage(
      """
      ### Week 3 Achievements:
      - Passed the quiz
      #### Project
      - Drew the architecture
        - reviewed with the mentor
      #### Empty part
      | a | b |
      | - | - |
      | 1 | 2 |
      """)
    #expect(page.achievements.map(\.text) == ["Passed the quiz", "Project"])
    #expect(page.achievements[1].children.map(\.text) == ["Drew the architecture"])
    #expect(page.achievements[1].children[0].children.map(\.level) == [3])
  }

  @Test func nestingStopsDeepeningAtTheLimit() {
    let lines = (0..<40).map { String(repeating: "  ", count: $0) + "- level \($0)" }
    let file = SourceFile(path: "p.md", text: lines.joined(separator: "\n"))
    let entries = ListReader.read(file, MarkdownLineScanner.scan(file, from: 1)[...])
    #expect(entries.flattened.count == 40)
    #expect(entries.flattened.map(\.level).max() == ListReader.maxDepth)
  }
}
