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
    // A common header as written (`Start Date`) is found before its text is folded.
    if let k = HeaderWords.commonWritten.index(of: header) {
      self = index == 0 ? HeaderWords.commonWrittenFirst[k] : HeaderWords.commonWrittenOther[k]
      return
    }
    let m = Matcher(header)
    // The headers most tables write are read once, when first asked for.
    if let bytes = m.bytes, let k = HeaderWords.commonKeys.index(of: bytes) {
      self = index == 0 ? HeaderWords.commonFirst[k] : HeaderWords.commonOther[k]
      return
    }
    self.init(header, index: index, matcher: m)
  }

  /// Reads `header` word by word, without the table of common headers: what that table holds.
  init(computing header: String, index: Int) {
    self.init(header, index: index, matcher: Matcher(header))
  }

  /// The headers most task tables write, in English and Vietnamese.
  static let commonHeaders = [
    "Day", "Task", "Công việc", "Start Date", "Completion Date", "Ngày", "Ngày hoàn thành", "Ngày bắt đầu", "Thứ",
    "Reference Material", "Nguồn tài liệu", "Hoàn thành", "Bắt đầu", "Status", "Start", "Trạng thái",
    "Thời lượng", "Technical Notes", "Task Description", "Mô tả công việc", "Ghi chú kỹ thuật", "Duration",
    "Reference", "Commits", "Completion", "Commit", "End Date", "Complete", "Tài liệu tham khảo",
  ]

  /// Each common header's folded bytes (its `Matcher`'s), and by the same place its words as
  /// a first column and as any other: the words depend on nothing else, so a header with the
  /// same folded bytes reads the same.
  /// The common headers' UTF-8 as written, and by the same place their words as a first
  /// column and as any other: the words depend on the header's text alone.
  private static let commonWritten = ByteKeyTable(commonHeaders.map { Array($0.utf8) })
  private static let commonWrittenFirst = commonHeaders.map { HeaderWords(computing: $0, index: 0) }
  private static let commonWrittenOther = commonHeaders.map { HeaderWords(computing: $0, index: 1) }
  private static let commonMatchers = commonHeaders.map { Matcher($0) }.filter { $0.bytes != nil }
  private static let commonKeys = ByteKeyTable(commonMatchers.map { $0.bytes ?? [] })
  /// The words of each common header by its folded bytes: when every common header is plain
  /// (its matcher reads bytes), these are the headers' own words, read once above.
  private static let commonFirst =
    commonMatchers.count == commonHeaders.count
    ? commonWrittenFirst : commonMatchers.map { HeaderWords($0.text, index: 0, matcher: $0) }
  private static let commonOther =
    commonMatchers.count == commonHeaders.count
    ? commonWrittenOther : commonMatchers.map { HeaderWords($0.text, index: 1, matcher: $0) }

  /// Reads `header` by `Character`s only: the reference the byte matching agrees with.
  init(byCharacters header: String, index: Int) {
    self.init(header, index: index, matcher: Matcher(byCharacters: header))
  }

  private init(_ header: String, index: Int, matcher m: Matcher) {
    let t = m.text
    func has(_ words: String...) -> Bool { m.has(words) }
    func isWord(_ words: String...) -> Bool { m.isWord(words) }

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
    if date == 0, has("date") || isWord("ngày") || m.hasPrefix("ngày ") {
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

  /// The header's words folded (`*` and `_` left out, trimmed), and the questions asked of them.
  ///
  /// When every scalar of the text is plain (`FoldedText.isPlain`: in NFC and a `Character`
  /// each, as every keyword is), its bytes answer as its `Character`s would; else the `String`
  /// does.
  private struct Matcher {
    let text: String
    /// The text's UTF-8 when it is plain; nil when the `String` answers.
    let bytes: [UInt8]?

    init(_ header: String) {
      let folded = header.foldedForMatching
      guard CellBytes.isPlain(folded) else {
        self = Matcher(byCharacters: header)
        return
      }
      let plain = Array(folded.utf8)
      // Each `*` or `_` of plain text is a character of its own.
      let kept = plain.filter { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }
      let text = kept.count == plain.count ? folded : String(decoding: kept, as: UTF8.self)
      self.text = text.trimmingSpaces
      bytes = Array(self.text.utf8)
    }

    init(byCharacters header: String) {
      text = header.foldedForMatching.filter { $0 != "*" && $0 != "_" }.trimmingSpaces
      bytes = nil
    }

    /// Whether the text contains one of `words`.
    func has(_ words: [String]) -> Bool {
      guard let bytes else { return words.contains { text.contains($0) } }
      return bytes.withUnsafeBufferPointer { hay in
        words.contains { word in
          // A keyword longer than the text is not in it.
          guard word.utf8.count <= hay.count else { return false }
          var word = word
          return word.withUTF8 { ByteSearch.firstOffset(of: $0, in: hay) != nil }
        }
      }
    }

    /// Whether the text is one of `words`.
    func isWord(_ words: [String]) -> Bool {
      guard let bytes else { return words.contains(text) }
      return words.contains { word in
        var word = word
        return word.utf8.count == bytes.count && word.withUTF8 { $0.elementsEqual(bytes) }
      }
    }

    /// Whether the text starts with `prefix`.
    func hasPrefix(_ prefix: String) -> Bool {
      guard let bytes else { return text.hasPrefix(prefix) }
      return bytes.starts(with: prefix.utf8)
    }
  }
}
