import Testing

@testable import WorklogKit

@Suite struct PageLoaderTests {
  private func sites(_ files: [String: String], paths: [String]? = nil, stdin: [UInt8] = []) -> [Site] {
    let loader = PageLoader(fileSystem: MemoryFileSystem(files), parallelism: 1, standardInput: { stdin })
    var out: [Site] = []
    loader.forEachSite(paths ?? files.keys.sorted()) { out.append($0) }
    return out
  }

  @Test func twinSettlesAnAmbiguousDateOrder() throws {
    let found = sites([
      "site/content/1-Worklog/1.1-Week1/_index.md": """
      ### Tasks to be carried out this week:
      | Task | Start Date | Completion Date |
      | --- | --- | --- |
      | Study IAM | 01/05/2026 | 01/05/2026 |
      """,
      "site/content/1-Worklog/1.1-Week1/_index.vi.md": """
      ### Các công việc cần triển khai trong tuần này:
      | Công việc | Ngày bắt đầu | Ngày hoàn thành |
      | --- | --- | --- |
      | Học IAM | 05/01/2026 | 05/01/2026 |
      | Ôn tập | 17/01/2026 | 17/01/2026 |
      """,
    ])
    try #require(found.count == 1)
    let en = try #require(found[0].weeks.first { $0.language.code == "en" })
    let vi = try #require(found[0].weeks.first { $0.language.code == "vi" })
    #expect(vi.tasks?.dateOrder?.evidence == .fieldAbove12)
    #expect(en.tasks?.dateOrder?.order == .monthFirst)
    #expect(en.tasks?.dateOrder?.evidence == .twin)
    #expect(en.tasks?.rows.first?.startDate == day(2026, 1, 5))
    #expect(en.tasks?.rows.first?.endDate == day(2026, 1, 5))
  }

  @Test func twinDoesNotOverrideEvidenceInThePageItself() throws {
    let found = sites([
      "site/content/1-Worklog/1.1-Week1/_index.md": """
      | Task | Start Date | Completion Date |
      | --- | --- | --- |
      | Study IAM | 05/01/2026 | 06/01/2026 |
      | Study VPC | 07/01/2026 | 07/01/2026 |
      """,
      "site/content/1-Worklog/1.1-Week1/_index.vi.md": """
      | Công việc | Ngày bắt đầu | Ngày hoàn thành |
      | --- | --- | --- |
      | Học IAM | 01/05/2026 | 01/06/2026 |
      | Ôn tập | 01/13/2026 | 01/13/2026 |
      """,
    ])
    let en = try #require(found.first?.weeks.first { $0.language.code == "en" })
    #expect(en.tasks?.dateOrder?.evidence == .span)
    #expect(en.tasks?.dateOrder?.order == .dayFirst)
  }

  @Test func neighbouringWeeksSettleAnAmbiguousDateOrder() throws {
    func week(_ n: Int, _ start: String, _ end: String) -> (String, String) {
      (
        "site/content/1-Worklog/1.\(n)-Week\(n)/_index.md",
        """
        ### Tasks to be carried out this week:
        | Task | Start Date | Completion Date |
        | --- | --- | --- |
        | Study | \(start) | \(end) |
        """
      )
    }
    // 06/10/2026 is 6 October day-first, 10 June month-first: between weeks 2 and 4 only as June.
    let found = sites(
      Dictionary(uniqueKeysWithValues: [
        week(2, "2026-06-01", "2026-06-05"), week(3, "06/10/2026", "06/10/2026"), week(4, "2026-06-15", "2026-06-19"),
      ]))
    let three = try #require(found.first?.weeks.first { $0.week.number == 3 })
    #expect(three.tasks?.dateOrder?.order == .monthFirst)
    #expect(three.tasks?.dateOrder?.evidence == .twin)
    #expect(three.tasks?.dateOrder?.weighed.evidence.filter { $0.kind == "neighbourWeeks" }.count == 2)
    #expect(three.tasks?.rows.first?.startDate == day(2026, 6, 10))
  }

  @Test func siteWithWeekPagesKeepsItsOverviewWhole() throws {
    let found = sites([
      "site/content/1-Worklog/_index.md": "## Week 1\nSet up.\n\n## Week 2\nIAM.\n",
      "site/content/1-Worklog/1.1-Week1/_index.md": "### Week 1 Objectives\n- a\n",
      "site/content/1-Worklog/1.2-Week2/_index.md": "### Week 2 Objectives\n- b\n",
    ])
    try #require(found.count == 1)
    #expect(
      found[0].weeks.map(\.path) == [
        "site/content/1-Worklog/1.1-Week1/_index.md", "site/content/1-Worklog/1.2-Week2/_index.md",
      ])
    #expect(found[0].weeks.map(\.kind) == [.week, .week])
    #expect(found[0].overviews.map(\.path) == ["site/content/1-Worklog/_index.md"])
  }

  @Test func siteWithOnlyAWholeTermPageIsSplit() throws {
    let found = sites(["site/content/worklog/_index.md": "## Week 1\n- Set up.\n\n## Week 2\n- IAM.\n"])
    try #require(found.count == 1)
    #expect(found[0].weeks.map(\.kind) == [.termWeek, .termWeek])
    #expect(found[0].weekNumbers == [1, 2])
    #expect(found[0].overviews.isEmpty)
  }

  @Test func sitesComeInTheOrderOfTheirFirstPath() throws {
    let found = sites(
      [
        "b/content/1-Worklog/1.1-Week1/_index.md": "x",
        "a/content/1-Worklog/1.1-Week1/_index.md": "x",
        "b/content/1-Worklog/1.2-Week2/_index.md": "x",
      ],
      paths: [
        "b/content/1-Worklog/1.1-Week1/_index.md", "a/content/1-Worklog/1.1-Week1/_index.md",
        "b/content/1-Worklog/1.2-Week2/_index.md",
      ])
    #expect(found.map(\.identity.name) == ["b", "a"])
    #expect(found[0].weekNumbers == [1, 2])
  }

  @Test func unreadablePathIsASiteError() throws {
    let found = sites(
      ["site/content/1-Worklog/1.1-Week1/_index.md": "x"], paths: ["site/content/1-Worklog/1.2-Week2/_index.md"])
    #expect(found.first?.errors.map(\.path) == ["site/content/1-Worklog/1.2-Week2/_index.md"])
    #expect(found.first?.pages.isEmpty == true)
  }

  @Test func dashReadsStandardInput() throws {
    let found = sites([:], paths: ["-"], stdin: Array("---\ntitle: \"Week 4\"\n---\n### Week 4 Objectives\n- a\n".utf8))
    let page = try #require(found.first?.weeks.first)
    #expect(page.path == "<stdin>")
    #expect(page.week.number == 4)
    #expect(page.objectives.map(\.text) == ["a"])
  }

  @Test func parallelLoadingGivesTheSameResultAsSerial() throws {
    var files: [String: String] = [:]
    for n in 1...12 {
      files["site/content/1-Worklog/1.\(n)-Week\(n)/_index.md"] = "### Week \(n) Objectives\n- item \(n)\n"
    }
    let paths = files.keys.sorted()
    var serial: [String] = []
    var parallel: [String] = []
    PageLoader(fileSystem: MemoryFileSystem(files), parallelism: 1).forEachSite(paths) { s in
      serial += s.pages.map(\.path)
    }
    var threaded = PageLoader(fileSystem: MemoryFileSystem(files), parallelism: 4)
    threaded.parallelFrom = 0  // 12 pages: the workers run all the same
    threaded.forEachSite(paths) { s in
      parallel += s.pages.map(\.path)
    }
    #expect(serial == paths)
    #expect(parallel == serial)
  }
}
