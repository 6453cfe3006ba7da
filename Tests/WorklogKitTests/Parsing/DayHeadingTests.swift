import Testing

@testable import WorklogKit

/// The first-byte check before a heading is read as a day's never turns one away.
@Suite struct DayHeadingTests {
  @Test(arguments: [
    "Day 2: VPC", "Ngày 2: Mạng", "Monday — VPC", "Thứ 2 — Mạng", "Tuesday (06/07)", "Day 1 - Monday, May 4, 2026",
    "**Wednesday**: S3", "`Friday`", ". Sunday", "\tCN: nghỉ", "T3: học", "Hai: học", "Bảy: nghỉ", "Chủ nhật",
  ])
  func dayHeadingsPassTheCheck(_ heading: String) {
    #expect(DayHeading.parse(heading) != nil)
    #expect(DayHeading.mayStartWithDay(heading))
  }

  @Test(arguments: ["Objectives", "1. Tasks", "Achievements", "## Kết quả", "(Monday)", ":Monday", "", "  ", "Week 3"])
  func otherHeadingsAreTurnedAwayAsBefore(_ heading: String) {
    if !DayHeading.mayStartWithDay(heading) { #expect(DayHeading.parse(heading) == nil) }
    #expect(DayHeading.parse(heading) == nil)
  }
}
