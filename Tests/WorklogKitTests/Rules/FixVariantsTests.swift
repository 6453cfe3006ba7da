import Testing
import WorklogTestSupport

@testable import WorklogKit

/// Rules' fixes on pages written with CRLF, a byte order mark or bytes that are not UTF-8, and
/// how far each fix is trusted.
@Suite struct FixVariantsTests {
  static let week7 = "site/content/1-Worklog/1.7-Week7/_index.md"
  static let week8 = "site/content/1-Worklog/1.8-Week8/_index.md"
  static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
  static let header = "| Day | Task | Start Date | Completion Date | Reference Material |"

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// The fixes `rule` offers on `files`.
  static func fixes(_ files: [(path: String, text: String)], _ rule: any LintRule) -> [Fix] {
    FixHarness.lint(files.map { ($0.path, bytes($0.text)) }, rule).compactMap(\.autofix)
  }

  @Test func weightOnACRLFPageWithAByteOrderMark() {
    let page = Self.bom + Self.bytes("---\r\ntitle: \"Week 7 Worklog\"\r\nweight: 1\r\n---\r\n")
    let fixed = FixHarness.fix(page, WeightNotWeekRule(), path: Self.week7)
    #expect(fixed == Self.bom + Self.bytes("---\r\ntitle: \"Week 7 Worklog\"\r\nweight: 7\r\n---\r\n"))
  }

  @Test func weightKeepsBytesThatAreNotUTF8() {
    let page = Self.bytes("---\ntitle: \"Week 7 Worklog\"\nweight: 1\n---\nCaf") + [0xFF] + Self.bytes("\n")
    let fixed = FixHarness.fix(page, WeightNotWeekRule(), path: Self.week7)
    #expect(fixed == Self.bytes("---\ntitle: \"Week 7 Worklog\"\nweight: 7\n---\nCaf") + [0xFF] + Self.bytes("\n"))
  }

  @Test func weightIsSafe() throws {
    let fix = try #require(
      Self.fixes([(Self.week7, "---\ntitle: \"Week 7 Worklog\"\nweight: 1\n---\n")], WeightNotWeekRule()).first)
    #expect(fix.applicability == .safe)
    #expect(fix.message == "set weight to 7")
  }

  @Test func shortRowOnACRLFPageWithInvalidUTF8() {
    let page =
      Self.bom + Self.bytes("\(Self.header)\r\n| --- | --- | --- | --- | --- |\r\n| 2 | Caf") + [0xFF]
      + Self.bytes(" notes | 08/09/2025 | 08/09/2025 |\r\n")
    let fixed = FixHarness.fix(page, RowCellCountRule())
    #expect(
      fixed == Self.bom + Self.bytes("\(Self.header)\r\n| --- | --- | --- | --- | --- |\r\n| 2 | Caf") + [0xFF]
        + Self.bytes(" notes | 08/09/2025 | 08/09/2025 |  |\r\n"))
  }

  @Test func paddingIsSafeAndEscapingIntoTheTaskCellToo() {
    let short = Self.fixes(
      [
        (
          RuleExample.defaultPath,
          "\(Self.header)\n| --- | --- | --- | --- | --- |\n| 2 | Read | 08/09/2025 | 08/09/2025 |\n"
        )
      ], RowCellCountRule())
    #expect(short.map(\.applicability) == [.safe])
    let split = Self.fixes(
      [
        (
          RuleExample.defaultPath,
          "\(Self.header)\n| --- | --- | --- | --- | --- |\n| 5 | ALB | NLB | 20/11/2025 | 20/11/2025 | - |\n"
        )
      ], RowCellCountRule())
    #expect(split.map(\.applicability) == [.safe])
    let misplaced = Self.fixes(
      [
        (
          RuleExample.defaultPath,
          "\(Self.header)\n| --- | --- | --- | --- | --- |\n| 2 | Read | 08/09/2025 | 08/09/2025 |\n| 3 | Demo | 09/09/2025 | Slides |\n"
        )
      ], RowCellCountRule())
    #expect(misplaced.map(\.applicability) == [.safe, .unsafe])
  }

  @Test func anUnclosedFenceOnACRLFPageWithAByteOrderMark() {
    let page = Self.bom + Self.bytes("### Week 3 Objectives\r\n\r\n```\r\naws s3 ls\r\n")
    #expect(
      FixHarness.fix(page, UnterminatedCodeFenceRule()) == Self.bom
        + Self.bytes("### Week 3 Objectives\r\n\r\n```\r\naws s3 ls\r\n```\r\n"))
  }

  @Test func anUnclosedFenceAfterInvalidUTF8WithoutAFinalNewline() {
    let page = Self.bytes("````text\nCaf") + [0xFF]
    #expect(
      FixHarness.fix(page, UnterminatedCodeFenceRule()) == Self.bytes("````text\nCaf") + [0xFF] + Self.bytes("\n````"))
  }

  @Test func preIsSafeOnlyWhenTheSiteWritesItOneWay() throws {
    let sibling = (Self.week7, "---\ntitle: \"Week 7\"\npre: \" <b> 1.7. </b> \"\n---\n")
    let page = (Self.week8, "---\ntitle: \"Week 8\"\npre: \" <b> </b> \"\n---\n")
    let learned = try #require(Self.fixes([sibling, page], PreMalformedRule()).first)
    #expect(learned.applicability == .safe)
    let alone = try #require(Self.fixes([page], PreMalformedRule()).first)
    #expect(alone.applicability == .unsafe)
    let week6 = ("site/content/1-Worklog/1.6-Week6/_index.md", "---\ntitle: \"Week 6\"\npre: \"<b>1.6</b>\"\n---\n")
    let split = try #require(Self.fixes([week6, sibling, page], PreMalformedRule()).first)
    #expect(split.applicability == .unsafe)
  }

  @Test func aTitleIsSafeInTheSiteWordingAndUnsafeInTheThemes() throws {
    let sibling = (Self.week7, "---\ntitle: \"Tuần 7\"\nweight: 7\nchapter: false\npre: \" <b> 1.7. </b> \"\n---\n")
    let page = (Self.week8, "---\nweight: 8\nchapter: false\npre: \" <b> 1.8. </b> \"\n---\n")
    let learned = try #require(Self.fixes([sibling, page], RequiredKeyMissingRule()).first)
    #expect(learned.applicability == .safe)
    #expect(learned.edits.map { String(decoding: $0.replacement, as: UTF8.self) } == ["title: \"Tuần 8\"\n"])
    let alone = try #require(Self.fixes([page], RequiredKeyMissingRule()).first)
    #expect(alone.applicability == .unsafe)
    #expect(alone.edits.map { String(decoding: $0.replacement, as: UTF8.self) } == ["title: \"Week 8 Worklog\"\n"])
  }

  @Test func noKeyIsAddedToJSONFrontMatter() {
    let page = (Self.week8, "{\n  \"weight\": 8\n}\n")
    #expect(Self.fixes([page], RequiredKeyMissingRule()).isEmpty)
  }

  @Test func aDateComesFromTheProgramStartWithoutTasks() {
    let page = Self.bytes("---\ntitle: \"Week 8\"\ndate: \"`r Sys.Date()`\"\n---\n")
    let config = Configuration(programStart: "2025-09-08")
    let fixed = FixHarness.fix(page, DateNotADateRule(), path: Self.week8, configuration: config)
    #expect(fixed == Self.bytes("---\ntitle: \"Week 8\"\ndate: \"2025-10-27\"\n---\n"))
  }

  @Test func theTwinsAreLeftAloneWhenACellIsARange() {
    let en = (
      Self.week8,
      "| Day | Task | Start Date | Completion Date |\n| --- | --- | --- | --- |\n"
        + "| 2 | Read | 09/22/2025 | 09/22/2025 |\n| 3 | Build | 09/23-09/24/2025 | 09/24/2025 |\n"
    )
    let vi = (
      "site/content/1-Worklog/1.8-Week8/_index.vi.md",
      "| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |\n| --- | --- | --- | --- |\n"
        + "| 2 | Đọc | 22/09/2025 | 22/09/2025 |\n| 3 | Xây | 23/09/2025 | 24/09/2025 |\n"
    )
    let findings = FixHarness.lint([en, vi].map { ($0.0, Self.bytes($0.1)) }, TwinsDateOrderDifferRule())
    #expect(!findings.isEmpty)
    #expect(findings.allSatisfy { $0.autofix == nil })
  }
}
