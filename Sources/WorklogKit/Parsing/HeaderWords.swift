/// What a table header cell's words say about its column, as weights for each role.
///
/// Words that name the role outright (`Task`, `Start Date`, `Reference Material`) weigh 4; words
/// that often name it (`Content`, `Documentation`, a first column headed `Date`) weigh 2 or less,
/// and leave the cells to decide.
struct HeaderWords: Sendable {
  var day = 0.0
  var task = 0.0
  var date = 0.0
  var references = 0.0
  var other = 0.0
  /// The header names a start (`Start Date`, `Bắt đầu`).
  var isStart = false
  /// The header names a completion (`Completion Date`, `Hoàn thành`).
  var isEnd = false
  /// The header counts rows (`#`, `STT`, `No.`) rather than naming days.
  var isRowNumber = false

  init(_ header: String, index: Int) {
    let t = header.foldedForMatching.filter { $0 != "*" && $0 != "_" }.trimmingSpaces
    func has(_ words: String...) -> Bool { words.contains { t.contains($0) } }
    func isWord(_ words: String...) -> Bool { words.contains(t) }

    isRowNumber = isWord("#", "stt", "no", "no.", "số", "tt")
    let dayWord =
      isRowNumber
      || isWord(
        "thứ", "thu", "day", "days", "weekday", "workday", "work day", "thứ/ngày", "ngày/thứ", "thứ / ngày",
        "ngày / thứ")
    if dayWord {
      day = 4
      return
    }
    if index == 0 && t.isEmpty {
      day = 1
      return
    }
    isStart = has("start", "bắt đầu", "begin") || isWord("bđ", "ngày bđ", "from", "từ ngày")
    isEnd =
      has("completion", "end date", "ending", "finish", "hoàn thành", "kết thúc", "deadline", "due")
      || isWord("end", "completed", "complete", "ngày ht", "ht", "to", "đến ngày")
    if isStart || isEnd { date = 4 }
    if has("task", "công việc", "nhiệm vụ", "work", "việc") {
      task = 4
    } else if has(
      "nội dung", "content", "activit", "mô tả", "description", "hoạt động", "topic", "chủ đề", "focus", "trọng tâm")
    {
      task = 2
    }
    if has("reference", "tài liệu", "nguồn", "resource", "material", "tham khảo", "link", "docs", "source") {
      references = 4
    } else if has("document", "evidence", "minh chứng", "bằng chứng", "lab") {
      references = 2
    }
    if date == 0, has("date") || isWord("ngày") || t.hasPrefix("ngày ") {
      // A first column headed `Date` or `Ngày` may hold weekdays or dates: the cells decide.
      date = 2
      if index == 0, isWord("date", "ngày") { day = 2.5 }
    }
    if has(
      "note", "ghi chú", "status", "trạng thái", "duration", "thời lượng", "result", "kết quả", "commit", "hour",
      "chi tiết", "detail")
    {
      // `Resources / Notes` still names references outright; `Detailed activities` only hints at a task.
      if max(day, task, date, references) < 4 { other = 2 }
    }
  }
}
