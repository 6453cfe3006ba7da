/// How a task table writes its Day cells, learned from a row, so a new row's Day cell reads as
/// its neighbours': `2` … `6` (Vietnamese `Thứ` numbers), `1` … `5`, `Mon`, `Monday`, `Thứ 2`,
/// `T2`, `Hai`, `Day 3`, a running count, or a date; markup around the label (`**Mon**`) kept.
struct DayCellStyle: Sendable {
  enum Form: Sendable, Equatable {
    /// A bare number under the table's numbering.
    case number(DayNumbering)
    /// A number that counts rows or internship days, not weekdays: the next one.
    case count
    /// An English name: three letters or in full, in the label's case.
    case english(full: Bool, letterCase: LetterCase)
    /// `Thứ 2`, `T2` (and `CN`, `Chủ nhật` for Sunday): the prefix as written.
    case thu(prefix: String)
    /// `Hai`, `Ba`, `Tư`, …
    case vietnameseWord
    /// `Day 3`, `Ngày 3`: the prefix as written, 1 = Monday.
    case ordinal(prefix: String)
    case date
  }

  enum LetterCase: Sendable, Equatable { case capitalized, upper, lower }

  var form: Form
  /// Markup before and after the label (`**`).
  var wrap: (before: String, after: String) = ("", "")

  /// The style of `written` (a Day cell as written) in a row whose weekday was read as `weekday`
  /// under `numbering`; nil when the label is none of the known forms.
  static func learn(_ written: String, weekday: Int?, numbering: DayNumbering?) -> DayCellStyle? {
    let before = String(written.prefix { "*_`".contains($0) })
    let after = String(written.reversed().prefix { "*_`".contains($0) }.reversed())
    guard written.count > before.count + after.count else { return nil }
    let core = String(written.dropFirst(before.count).dropLast(after.count)).trimmingSpaces
    let wrap = (before, after)
    switch DayLabel.parse(core) {
    case .number:
      if weekday == nil { return DayCellStyle(form: .count, wrap: wrap) }
      return DayCellStyle(form: .number(numbering ?? .vietnamese), wrap: wrap)
    case .ordinal:
      let prefix = String(core.prefix { !$0.isNumber })
      return DayCellStyle(form: weekday == nil ? .count : .ordinal(prefix: prefix), wrap: wrap)
    case .date:
      return DayCellStyle(form: .date, wrap: wrap)
    case .weekday(let w):
      let folded = core.lowercased()
      if let name = englishNames[safe: w - 1], folded == name || folded == String(name.prefix(3)) {
        let letterCase: LetterCase =
          core == core.uppercased() ? .upper : core == core.lowercased() ? .lower : .capitalized
        return DayCellStyle(form: .english(full: folded == name && name.count > 3, letterCase: letterCase), wrap: wrap)
      }
      if let digit = core.firstIndex(where: \.isNumber) {
        return DayCellStyle(form: .thu(prefix: String(core[..<digit])), wrap: wrap)
      }
      if folded == "cn" { return DayCellStyle(form: .thu(prefix: "T"), wrap: wrap) }
      if folded.hasPrefix("chủ") { return DayCellStyle(form: .thu(prefix: "Thứ "), wrap: wrap) }
      if vietnameseWords.contains(where: { $0.lowercased() == folded }) {
        return DayCellStyle(form: .vietnameseWord, wrap: wrap)
      }
      return nil
    default:
      return nil
    }
  }

  /// The Day cell for `date`; `previous` is the count of the row before, for a running count.
  func write(_ date: CalendarDate, previous: Int?, dates: TableDateStyle) -> String {
    let w = date.weekday
    let label: String
    switch form {
    case .number(.vietnamese): label = w == 7 ? "CN" : String(w + 1)
    case .number(.ordinal): label = String(w)
    case .count: label = String((previous ?? 0) + 1)
    case .ordinal(let prefix): label = prefix + String(w)
    case .date: label = dates.write(date)
    case .thu(let prefix):
      if w == 7 { label = prefix == "T" ? "CN" : "Chủ nhật" } else { label = prefix + String(w + 1) }
    case .vietnameseWord: label = DayCellStyle.vietnameseWords[w - 1]
    case .english(let full, let letterCase):
      let name = DayCellStyle.englishNames[w - 1]
      let short = full ? name : String(name.prefix(3))
      switch letterCase {
      case .upper: label = short.uppercased()
      case .lower: label = short
      case .capitalized: label = short.prefix(1).uppercased() + short.dropFirst()
      }
    }
    return wrap.before + label + wrap.after
  }

  private static let englishNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
  private static let vietnameseWords = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Chủ nhật"]
}
