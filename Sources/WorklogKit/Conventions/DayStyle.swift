/// How a site writes the Day column: `2`…`6` (Vietnamese `Thứ` numbering), `1`…`5`, `Mon`,
/// `Monday`, `Thứ 2`, `T2`, `Day 1`.
public enum DayStyle: String, Sendable, Hashable, Codable, CaseIterable {
  /// `2` = Monday … `7` = Saturday, `CN` = Sunday.
  case thuNumber
  /// `1` = Monday … `7` = Sunday.
  case ordinal
  /// `Mon` … `Sun`.
  case englishShort
  /// `Monday` … `Sunday`.
  case englishLong
  /// `Thứ 2` … `Thứ 7`, `Chủ nhật`.
  case thuWord
  /// `T2` … `T7`, `CN`.
  case thuShort
  /// `Day 1` … `Day 7`.
  case dayOrdinal
  /// `Ngày 1` … `Ngày 7`.
  case ngayOrdinal

  /// The label of ISO weekday `w` (1 = Monday … 7 = Sunday).
  public func label(weekday w: Int) -> String {
    let english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    let name = english[max(0, min(6, w - 1))]
    switch self {
    case .thuNumber: return w == 7 ? "CN" : String(w + 1)
    case .ordinal: return String(w)
    case .englishShort: return String(name.prefix(3))
    case .englishLong: return name
    case .thuWord: return w == 7 ? "Chủ nhật" : "Thứ \(w + 1)"
    case .thuShort: return w == 7 ? "CN" : "T\(w + 1)"
    case .dayOrdinal: return "Day \(w)"
    case .ngayOrdinal: return "Ngày \(w)"
    }
  }

  /// The style a Day cell is written in, given how its table counts bare numbers; nil for a
  /// label no style writes (a date, a range, a running day count, `2 (T3)`).
  static func of(_ raw: String, numbering: DayNumbering?) -> DayStyle? {
    let text = raw.trimmingSpaces
    if Int(text) != nil {
      switch numbering {
      case .vietnamese?: return .thuNumber
      case .ordinal?: return .ordinal
      case nil: return nil
      }
    }
    let folded = text.foldedForMatching
    if folded.hasPrefix("day "), Int(folded.dropFirst(4)) != nil { return .dayOrdinal }
    if folded.hasPrefix("ngày "), Int(folded.dropFirst(5)) != nil { return .ngayOrdinal }
    if folded.hasPrefix("thứ "), Int(folded.dropFirst(4)) != nil { return .thuWord }
    if folded.count == 2, folded.hasPrefix("t"), Int(folded.dropFirst()) != nil { return .thuShort }
    let long = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    if long.contains(folded) { return .englishLong }
    if long.contains(where: { $0.prefix(3) == folded }) { return .englishShort }
    return nil
  }
}
