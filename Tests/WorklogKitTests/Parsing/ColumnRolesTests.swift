import Testing

@testable import WorklogKit

/// Column roles read from the header's words and the cells together.
@Suite struct ColumnRolesTests {
  @Test func workdayIsTheDayColumnNotTheTask() throws {
    let table = try taskTable(
      """
      | Workday | Duty | Start Date | Completion Date |
      | --- | --- | --- | --- |
      | Mon | Set up the billing alarm for the account | 06/07/2026 | 06/07/2026 |
      | Tue | Draw the network diagram of the shop app | 07/07/2026 | 08/07/2026 |
      """)
    #expect(table.columns == TaskColumns(day: 0, task: 1, start: 2, end: 3))
    #expect(table.rows.map(\.weekday) == [1, 2])
  }

  @Test func workCompletedHoldingTextIsTheTaskNotTheEnd() throws {
    let table = try taskTable(
      """
      | Thứ | Công việc đã hoàn thành | Ngày bắt đầu |
      | --- | --- | --- |
      | 2 | Dựng mạng riêng cho ứng dụng bán hàng | 06/07/2026 |
      | 3 | Viết tài liệu triển khai cho nhóm | 07/07/2026 |
      """)
    #expect(table.columns == TaskColumns(day: 0, task: 1, start: 2))
    #expect(table.rows.map { $0.endDate } == [nil, nil])
    #expect(table.columnsDecision.map { !$0.isAmbiguous } == true)
  }

  @Test(arguments: [
    "| Date | Work completed | Evidence / notes |", "| Ngày | Công việc đã làm | Ghi chú / bằng chứng |",
  ])
  func firstColumnOfFullDatesIsTheStart(_ header: String) throws {
    let table = try taskTable(
      """
      \(header)
      | --- | --- | --- |
      | 06/07/2026 | Sorted the photo dataset into folders by label | The first batch had many duplicates that I removed by hand before training |
      | 07/07/2026 | Trained the first small model on the cleaned photos | Accuracy was low, so the next step is more data and a longer run |
      """)
    #expect(table.columns.start == 0)
    #expect(table.columns.day == nil)
    #expect(table.columns.task == 1)
    #expect(table.columns.references == nil)
    #expect(table.rows.map(\.startDate) == [day(2026, 7, 6), day(2026, 7, 7)])
    // The date names the day the work was done: it is the completion date too.
    #expect(table.rows.map(\.endDate) == [day(2026, 7, 6), day(2026, 7, 7)])
  }

  @Test func ngayThucHienBesideNgayIsADateColumn() throws {
    let table = try taskTable(
      """
      | Ngày | Nội dung | Ngày thực hiện | Tài liệu |
      | --- | --- | --- | --- |
      | Thứ 2 | Tìm hiểu IAM và chính sách quyền | 13/07/2026 | - |
      | Thứ 3 | Tạo VPC với hai subnet | 14/07/2026 | - |
      """)
    #expect(table.columns == TaskColumns(day: 0, task: 1, start: 2, references: 3))
    #expect(table.rows.map(\.startDate) == [day(2026, 7, 13), day(2026, 7, 14)])
  }

  @Test(arguments: ["Lab / Project", "Documentation"])
  func referenceColumnsNamedByTheirUse(_ name: String) throws {
    let table = try taskTable(
      """
      | Day | Task | Start Date | \(name) |
      | --- | --- | --- | --- |
      | Mon | Build a static site on S3 | 13/07/2026 | [S3 hosting lab](https://example.com/s3-lab) |
      | Tue | Put CloudFront in front of it | 14/07/2026 | [CDN guide](https://example.com/cdn) |
      """)
    #expect(table.columns.references == 3)
    #expect(table.rows.first?.references.map(\.title) == ["S3 hosting lab"])
  }

  @Test func shortDatesInTheFirstColumnAreDatesNotWeekdayNumbers() throws {
    let table = try taskTable(
      """
      | Ngày | Thứ | Nội dung |
      | --- | --- | --- |
      | 04/05 | 2 | Cài đặt môi trường làm việc |
      | 05/05 | 3 | Đọc tài liệu về EC2 |
      """, frontMatter: "date: 2026-05-01")
    #expect(table.columns == TaskColumns(day: 1, task: 2, start: 0))
    #expect(table.rows.map(\.startDate) == [day(2026, 5, 4), day(2026, 5, 5)])
    #expect(table.rows.map(\.weekday) == [1, 2])
  }

  @Test func numberedDayBesideAShortDateColumn() throws {
    let table = try taskTable(
      """
      | Day | Date | Task |
      | --- | --- | --- |
      | 1 | 04/05 | Set up the laptop and the accounts |
      | 2 | 05/05 | Read about EC2 instance types |
      """, frontMatter: "date: 2026-05-01")
    #expect(table.columns == TaskColumns(day: 0, task: 2, start: 1))
    #expect(table.rows.map(\.startDate) == [day(2026, 5, 4), day(2026, 5, 5)])
  }

  @Test func dateThenDayThenTopic() throws {
    let table = try taskTable(
      """
      | Date | Day | Topic |
      | --- | --- | --- |
      | 10/11/2025 | 2 | Container basics with ECS |
      | 11/11/2025 | 3 | Service discovery between containers |
      """)
    #expect(table.columns == TaskColumns(day: 1, task: 2, start: 0))
    #expect(table.rows.map(\.startDate) == [day(2025, 11, 10), day(2025, 11, 11)])
  }

  @Test func templateTableIsSure() throws {
    let table = try taskTable(
      "\(templateHeader)\n| 2 | Study IAM | 22/09/2025 | 23/09/2025 | [IAM](https://aws.amazon.com/iam/) |")
    let decision = try #require(table.columnsDecision)
    #expect(decision.value == TaskColumns(day: 0, task: 1, start: 2, end: 3, references: 4))
    #expect(decision.confidence >= 0.75)
    #expect(decision.evidence.contains { $0.kind == "cellsAreDates" && $0.supports == "start=2" })
  }

  @Test func twoTaskLikeColumnsAreAmbiguous() throws {
    let page = try onePage(
      """
      ### Tasks to be carried out this week:

      | Day | Date | Topic | Activities |
      | --- | --- | --- | --- |
      | 2 | 22/09/2025 | Networking | Built a VPC with two subnets and a gateway |
      | 3 | 23/09/2025 | Storage | Made a bucket and turned on versioning |
      """)
    let record = try #require(page.decisions.first { $0.kind == .columns })
    #expect(record.value.hasPrefix("day=0 task="))
    #expect(record.isAmbiguous)
  }

  @Test func columnsDecisionIsListed() throws {
    let page = try onePage("### Tasks:\n\n\(templateHeader)\n| 2 | Study IAM | 22/09/2025 | 23/09/2025 | - |\n")
    let record = try #require(page.decisions.first { $0.kind == .columns })
    #expect(record.value == "day=0 task=1 start=2 end=3 references=4")
    #expect(!record.isAmbiguous)
  }

  @Test(arguments: [
    "| Document | Content |\n| --- | --- |\n| [Setup notes](https://example.com/a) | [Network notes](https://example.com/b) |\n",
    "| Document | Content |\n| --- | --- |\n| Proposal | The plan for the shop app and its budget |\n",
  ])
  func documentContentTableIsNotATaskTable(_ table: String) throws {
    let page = try onePage("### Tasks to be carried out this week:\n\n\(table)")
    #expect(page.tasks == nil)
    #expect(page.otherTables == 1)
  }
}

/// The reading's decision, written out when asked, agrees with the columns it chose.
@Suite struct ColumnRolesReadingTests {
  @Test func decisionIsTheChosenColumnsWithTheirEvidence() {
    let at = SourceLocation(line: 1, column: 1, offset: 0)
    let header = ["Day", "Task", "Start Date", "Completion Date"].map { Located($0, SourceRange(start: at, end: at)) }
    let cells = [
      ["Mon", "Set up the billing alarm for the account", "06/07/2026", "06/07/2026"],
      ["Tue", "Draw the network diagram of the shop app", "07/07/2026", "08/07/2026"],
    ].map { $0.map { ReadCell($0) } }
    let reading = ColumnRoles.decide(header, cells: cells)
    let decision = reading.decision
    #expect(decision.value == reading.columns)
    #expect(reading.columns == TaskColumns(day: 0, task: 1, start: 2, end: 3))
    #expect(decision.evidence.contains { $0.supports == "start=2" && $0.kind == "cellsAreDates" })
    #expect(decision.evidence.contains { $0.note == "2 of 2 cells" })
    #expect(reading.decision == decision)
  }
}
