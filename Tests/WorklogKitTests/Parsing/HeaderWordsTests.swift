import Testing

@testable import WorklogKit

/// Header words read from plain bytes weigh as the `Character` reading weighs them.
@Suite struct HeaderWordsTests {
  /// Headers as written on real pages, and ones the bytes must leave to the characters: NFD
  /// text, `*` and `_` marks, full-width letters, joiners, invalid UTF-8 read as U+FFFD.
  static let headers: [String] = [
    "Day", "Thứ", "Thu", "DAY", "#", "STT", "No.", "Số", "TT", "Work day", "Thứ / Ngày", "Ngày/Thứ", "", " ",
    "Task", "**Task**", "_Tasks_", "Công việc", "Nhiệm vụ", "Nội dung", "Content", "Activities", "Mô tả", "Description",
    "Start Date", "Ngày bắt đầu", "Ngày BĐ", "BĐ", "From", "Từ ngày", "Completion Date", "End", "Ngày HT", "Đến ngày",
    "Deadline", "Due", "Hoàn thành", "Kết thúc", "Reference Material", "Tài liệu tham khảo", "Nguồn", "Resources",
    "Links", "Docs", "Source", "Documentation", "Evidence", "Minh chứng", "Lab", "Date", "Ngày", "Ngày làm", "Notes",
    "Ghi chú", "Status", "Trạng thái", "Duration", "Kết quả", "Commit", "Hours", "Chi tiết", "Detailed activities",
    "Resources / Notes", "Công việc đã hoàn thành", "Ngày ba\u{0301}t đầu", "Nga\u{0300}y", "Thu\u{031B}\u{0301}",
    "Ｔａｓｋ", "Task\u{200D}s", "📅 Date", "Date 📅", "Start – End", "İş", "Tâ\u{0301}sk",
    String(decoding: [0x54, 0x61, 0xFF, 0x73, 0x6B], as: UTF8.self), "Start\u{00A0}Date", "  Task  ",
  ]

  /// The common headers, and spellings that fold to their bytes (case, `*` and `_`, spaces),
  /// weigh as the word-by-word reading weighs them.
  @Test(
    arguments: HeaderWords.commonHeaders + ["DAY", "**Task**", "_Start Date_", "  Công Việc  ", "REFERENCE material"])
  func commonHeadersAgreeWithTheirReading(_ header: String) {
    for index in 0..<3 {
      let known = HeaderWords(header, index: index)
      let read = HeaderWords(computing: header, index: index)
      #expect(known.day == read.day && known.task == read.task && known.date == read.date)
      #expect(known.references == read.references && known.other == read.other)
      #expect(known.isStart == read.isStart && known.isEnd == read.isEnd && known.isRowNumber == read.isRowNumber)
    }
  }

  @Test(arguments: headers) func bytesAgreeWithCharacters(_ header: String) {
    for index in 0..<2 {
      let fast = HeaderWords(header, index: index)
      let old = HeaderWords(byCharacters: header, index: index)
      #expect(fast.day == old.day && fast.task == old.task && fast.date == old.date)
      #expect(fast.references == old.references && fast.other == old.other)
      #expect(fast.isStart == old.isStart && fast.isEnd == old.isEnd && fast.isRowNumber == old.isRowNumber)
    }
  }
}
