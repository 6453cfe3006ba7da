import Testing

@testable import WorklogKit

@Suite struct TaskTableReaderTests {
  @Test func taskTableIsChosenByItsHeaderNotItsPosition() throws {
    let page = try onePage(
      """
      ### Tasks to be carried out this week:

      | Component | Description |
      | --------- | ----------- |
      | API Gateway | Entry point |

      \(templateHeader)
      | 2 | Study API Gateway | 22/09/2025 | 22/09/2025 | - |
      """)
    let table = try #require(page.tasks)
    #expect(table.header.map(\.value) == ["Day", "Task", "Start Date", "Completion Date", "Reference Material"])
    #expect(table.rows.map { $0.task?.value.text } == ["Study API Gateway"])
    #expect(page.otherTables == 1)
  }

  @Test func dataTableAloneIsNotATaskTable() throws {
    let page = try onePage("| Component | Description |\n| --- | --- |\n| S3 | Storage |\n")
    #expect(page.tasks == nil)
    #expect(page.otherTables == 1)
  }

  @Test func tableOutsideATasksSectionIsFound() throws {
    let page = try onePage("\(templateHeader)\n| 2 | Study IAM | 22/09/2025 | 22/09/2025 | - |\n")
    #expect(page.tasks?.rows.count == 1)
  }

  @Test func englishTemplateColumns() throws {
    let table = try taskTable(
      "\(templateHeader)\n| 2 | Study IAM | 22/09/2025 | 23/09/2025 | [IAM](https://aws.amazon.com/iam/) |")
    #expect(table.columns == TaskColumns(day: 0, task: 1, start: 2, end: 3, references: 4))
    let row = try #require(table.rows.first)
    #expect(row.day?.value == "2")
    #expect(row.task?.value.text == "Study IAM")
    #expect(row.startDate == day(2025, 9, 22))
    #expect(row.endDate == day(2025, 9, 23))
    #expect(row.references == [Reference(title: "IAM", url: "https://aws.amazon.com/iam/")])
    #expect(row.line == 5)
  }

  @Test(arguments: [
    "| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |",
    "| Ngày | Nhiệm vụ | Ngày bắt đầu | Ngày hoàn thành | Tài liệu tham khảo |",
    "| **Ngày** | **Nhiệm vụ** | **Bắt đầu** | **Hoàn thành** | **Tài liệu** |",
    "| Thứ | Công việc | Ngày BĐ | Ngày HT | Nguồn |",
    "|  | Task | Start Date | End Date | References |",
    "| Day | Task | Start Date | Completion Date | Reference |",
  ])
  func fiveColumnHeaders(_ header: String) throws {
    let table = try taskTable(
      "\(header)\n| - | - | - | - | - |\n| 2 | Học IAM | 22/09/2025 | 23/09/2025 | <https://aws.amazon.com/iam/> |")
    #expect(table.columns == TaskColumns(day: 0, task: 1, start: 2, end: 3, references: 4))
    #expect(table.rows.first?.startDate == day(2025, 9, 22))
    #expect(table.rows.first?.endDate == day(2025, 9, 23))
    #expect(table.rows.first?.weekday == 1)
  }

  @Test(arguments: [
    ("| Day | Task |", "| Mon | a |", TaskColumns(day: 0, task: 1)),
    ("| # | Task | Status |", "| 1 | a | Done |", TaskColumns(day: 0, task: 1, dayIsRowNumber: true)),
    ("| Task | Start Date | End Date |", "| a | 22/09/2025 | 22/09/2025 |", TaskColumns(task: 0, start: 1, end: 2)),
    (
      "| Thứ | Công việc | Ngày | Trạng thái |", "| 2 | a | 22/09/2025 | Xong |", TaskColumns(day: 0, task: 1, start: 2)
    ),
    ("| Tuần | Ngày | Nội dung |", "| 3 | 22/09/2025 | a |", TaskColumns(task: 2, start: 1)),
    (
      "| STT | Mô tả Nhiệm vụ | Ngày bắt đầu | Ngày kết thúc | Trạng thái | Tài liệu |",
      "| 1 | a | 22/09/2025 | 22/09/2025 | Xong | - |",
      TaskColumns(day: 0, task: 1, start: 2, end: 3, references: 5, dayIsRowNumber: true)
    ),
    (
      "| No. | Task Description | Start | Finish | Resources |", "| 1 | a | 22/09/2025 | 22/09/2025 | - |",
      TaskColumns(day: 0, task: 1, start: 2, end: 3, references: 4, dayIsRowNumber: true)
    ),
  ])
  func columnsFromTheHeader(_ header: String, _ row: String, _ columns: TaskColumns) throws {
    let separator = "|" + String(repeating: " --- |", count: header.filter { $0 == "|" }.count - 1)
    let table = try taskTable("\(header)\n\(separator)\n\(row)")
    #expect(table.columns == columns)
    #expect(table.rows.first?.task?.value.text == "a")
  }

  @Test func boldHeaderCellsAreReadWithoutMarks() throws {
    let table = try taskTable("| **Ngày** | **Nhiệm vụ** | **Bắt đầu** |\n| - | - | - |\n| 2 | Học IAM | 22/09/2025 |")
    #expect(table.header.map(\.value) == ["Ngày", "Nhiệm vụ", "Bắt đầu"])
  }

  @Test func twoColumns() throws {
    let table = try taskTable("| Day | Task |\n| --- | --- |\n| Mon | Study IAM |\n| Tue | Study VPC |")
    #expect(table.columns == TaskColumns(day: 0, task: 1))
    #expect(table.rows.map(\.weekday) == [1, 2])
    #expect(table.dateOrder == nil)
  }

  @Test func threeColumnsWithoutADay() throws {
    let table = try taskTable(
      "| Task | Start Date | End Date |\n| - | - | - |\n| Study IAM | 22/09/2025 | 23/09/2025 |")
    #expect(table.columns == TaskColumns(task: 0, start: 1, end: 2))
    #expect(table.rows.first?.endDate == day(2025, 9, 23))
  }

  @Test func sevenColumns() throws {
    let table = try taskTable(
      """
      | Day | Task Description | Lab ID | Related Service / Topic | Primary Objective | Reference | Status |
      | --- | --- | --- | --- | --- | --- | --- |
      | Mon | Launch an instance | Lab 3 | EC2 | Compute basics | <https://aws.amazon.com/ec2/> | Done |
      """)
    #expect(table.columns.day == 0)
    #expect(table.columns.task == 1)
    #expect(table.columns.references == 5)
    #expect(table.rows.first?.references.map(\.url) == ["https://aws.amazon.com/ec2/"])
  }

  @Test func eightColumnsWithADateColumn() throws {
    let table = try taskTable(
      """
      | Day | Date | Time Spent | Work Completed | Result | Issue | Decision | Next Step |
      | --- | --- | --- | --- | --- | --- | --- | --- |
      | Mon | 22/09/2025 | 4h | Built the VPC | OK | - | - | NAT |
      """)
    #expect(table.columns.day == 0)
    #expect(table.columns.start == 1)
    #expect(table.columns.task == 3)
    #expect(table.rows.first?.startDate == day(2025, 9, 22))
    #expect(table.rows.first?.task?.value.text == "Built the VPC")
  }

  @Test func htmlTaskTable() throws {
    let table = try taskTable(
      """
      <table>
      <tr><th>Day</th><th>Task</th><th>Start Date</th><th>Completion Date</th><th>Reference</th></tr>
      <tr><td>2</td><td><ul><li>Read the ECS docs</li><li>Run a task</li></ul></td><td>17/11/2025</td><td>18/11/2025</td><td><a href="https://docs.aws.amazon.com/ecs/">ECS guide</a></td></tr>
      </table>
      """)
    #expect(table.kind == .html)
    let row = try #require(table.rows.first)
    #expect(
      row.task?.value.items == [TextItem(text: "Read the ECS docs", level: 1), TextItem(text: "Run a task", level: 1)])
    #expect(row.references == [Reference(title: "ECS guide", url: "https://docs.aws.amazon.com/ecs/")])
    #expect(row.startDate == day(2025, 11, 17))
    #expect(row.endDate == day(2025, 11, 18))
    #expect(row.weekday == 1)
  }

  @Test func htmlAnchorTitledWithItsURLIsOneReference() throws {
    let table = try taskTable(
      """
      <table>
      <tr><th>No.</th><th>Task</th><th>Start Date</th><th>Reference</th></tr>
      <tr>
      <td style="text-align:center;">1</td>
      <td>Create an account</td>
      <td style="text-align:center;">05/05/2026</td>
      <td>
      <a href="https://cloudjourney.awsstudygroup.com/" target="_blank" rel="noopener">https://cloudjourney.awsstudygroup.com/</a>
      </td>
      </tr>
      </table>
      """)
    let row = try #require(table.rows.first)
    #expect(row.day?.value == "1")
    #expect(row.references.map(\.url) == ["https://cloudjourney.awsstudygroup.com/"])
  }

  @Test func rowOneCellShortKeepsItsDates() throws {
    let table = try taskTable(
      """
      \(templateHeader)
      | 2 | - Get acquainted with the team | 22/09/2025 | 22/09/2025 |
      | 3 | Study IAM | 23/09/2025 | 23/09/2025 | - |
      """)
    #expect(table.raggedRows.map(\.row) == [0])
    #expect(table.raggedRows.map(\.cells) == [4])
    #expect(table.raggedRows.map(\.expected) == [5])
    #expect(table.rows[0].startDate == day(2025, 9, 22))
    #expect(table.rows[0].endDate == day(2025, 9, 22))
    #expect(table.rows[0].referenceCell == nil)
    #expect(table.rows[0].task?.value.text == "Get acquainted with the team")
  }

  @Test func unescapedPipeInATaskCellIsMergedBack() throws {
    let table = try taskTable(
      """
      \(templateHeader)
      | 5 | Compare ALB | NLB target groups | 20/11/2025 | 21/11/2025 | [ELB](https://aws.amazon.com/elasticloadbalancing/) |
      """)
    let row = try #require(table.rows.first)
    #expect(table.raggedRows.map(\.cells) == [6])
    #expect(row.task?.value.text == "Compare ALB | NLB target groups")
    #expect(row.startDate == day(2025, 11, 20))
    #expect(row.endDate == day(2025, 11, 21))
    #expect(row.references.map(\.title) == ["ELB"])
  }

  @Test func unescapedPipeInAURLQueryIsMergedBack() throws {
    let table = try taskTable(
      """
      | Day | Task | Start Date | Completion Date |
      | --- | ---- | ---------- | --------------- |
      | 3 | Open https://console.aws.amazon.com/?method=tools|manual and check | 23/09/2025 | 23/09/2025 |
      """)
    let row = try #require(table.rows.first)
    #expect(row.task?.value.text == "Open https://console.aws.amazon.com/?method=tools|manual and check")
    #expect(row.task?.value.links.map(\.url) == ["https://console.aws.amazon.com/?method=tools|manual"])
    #expect(row.startDate == day(2025, 9, 23))
  }

  @Test func extraTrailingCellDoesNotMoveTheDates() throws {
    let table = try taskTable(
      """
      \(templateHeader)
      | 2 | Study IAM | 22/09/2025 | 23/09/2025 | [IAM](https://aws.amazon.com/iam/) | (https://000002.awsstudygroup.com/) |
      """)
    let row = try #require(table.rows.first)
    #expect(table.raggedRows.map(\.cells) == [6])
    #expect(row.task?.value.text == "Study IAM")
    #expect(row.startDate == day(2025, 9, 22))
    #expect(row.endDate == day(2025, 9, 23))
    #expect(row.references.map(\.url) == ["https://aws.amazon.com/iam/", "https://000002.awsstudygroup.com/"])
  }

  @Test func escapedPipeIsNotACellBoundary() throws {
    let table = try taskTable(
      #"""
      | Day | Task | Start Date | Completion Date | Reference Material |
      | --- | ---- | ---------- | --------------- | ------------------ |
      | 5 | Compare ALB \| NLB | 20/11/2025 | 21/11/2025 | - |
      """#)
    #expect(table.raggedRows.isEmpty)
    #expect(table.rows.first?.task?.value.text == "Compare ALB | NLB")
    #expect(table.rows.first?.startDate == day(2025, 11, 20))
  }

  @Test func emptyRowsAreSkipped() throws {
    let table = try taskTable("\(templateHeader)\n|  |  |  |  |  |\n| 2 | Study IAM | 22/09/2025 | 22/09/2025 | - |")
    #expect(table.rows.count == 1)
  }

  @Test func taskLinksStandInForAnEmptyReferenceCell() throws {
    let table = try taskTable(
      "\(templateHeader)\n| 2 | Read [IAM](https://aws.amazon.com/iam/) | 22/09/2025 | 22/09/2025 |  |")
    #expect(table.rows.first?.references == [Reference(title: "IAM", url: "https://aws.amazon.com/iam/")])
  }

  @Test func brokenLinkInAnyCellIsKeptWithItsCell() throws {
    let table = try taskTable("\(templateHeader)\n| 2 | Study IAM | 22/09/2025 | 22/09/2025 | [IAM guide]( |")
    let row = try #require(table.rows.first)
    #expect(row.brokenLinks.map(\.value) == ["[IAM guide]("])
    #expect(row.brokenLinks.first?.range.start.column == 45)
  }
}
