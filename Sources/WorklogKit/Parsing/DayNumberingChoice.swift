/// Whether a table's counted Day labels (`2`, `Day 3`, `2-3`) are weekdays, and how they count.
///
/// Numbers are weekdays only when the evidence says so: with dates, when more than half of the
/// dated rows agree under one numbering (half, between two numberings, keeps the Vietnamese); without dates, when every number could be a Vietnamese
/// `Thứ` (2 … 8) and none is a `Day N` or a `1`, which start a running count as often as a week.
/// A number above 8 (internship day 17) makes the whole column a count.
struct DayNumberingChoice: Sendable, Hashable {
  /// Whether counted labels name weekdays; named ones (`Mon`, `Thứ 2`) always do.
  var areWeekdays: Bool
  /// The numbering of bare numbers; nil when there are none or they are not weekdays.
  var numbering: DayNumbering?

  static func decide(_ labels: [DayLabel?], starts: [CalendarDate?]) -> DayNumberingChoice {
    let counted = labels.indices.filter { labels[$0]?.isCounted ?? false }
    guard !counted.isEmpty else { return DayNumberingChoice(areWeekdays: true, numbering: nil) }
    let notWeekdays = DayNumberingChoice(areWeekdays: false, numbering: nil)
    let numbers = counted.flatMap { labels[$0]?.numbers ?? [] }
    if numbers.contains(where: { $0 > 8 || $0 < 1 }) { return notWeekdays }
    let hasBareNumber = counted.contains { labels[$0]?.hasNumber ?? false }
    let hasOne = labels.contains { if case .number(1)? = $0 { return true } else { return false } }
    let dated = counted.filter { starts[safe: $0].flatMap { $0 } != nil }
    if dated.isEmpty {
      let ordinalLabels = counted.contains { labels[$0].map(holdsOrdinal) ?? false }
      if ordinalLabels || numbers.contains(1) { return notWeekdays }
      return DayNumberingChoice(areWeekdays: true, numbering: .vietnamese)
    }
    func agreeing(_ numbering: DayNumbering) -> Int {
      dated.filter { i in
        guard let label = labels[i], let date = starts[i] else { return false }
        return label.covers(date.weekday, numbering: numbering)
      }.count
    }
    let viet = agreeing(.vietnamese)
    let ord = agreeing(.ordinal)
    guard max(viet, ord) * 2 >= dated.count else { return notWeekdays }
    let numbering: DayNumbering = ord > viet || (ord == viet && hasOne) ? .ordinal : .vietnamese
    return DayNumberingChoice(areWeekdays: true, numbering: hasBareNumber ? numbering : nil)
  }

  private static func holdsOrdinal(_ label: DayLabel) -> Bool {
    switch label {
    case .ordinal: return true
    case .range(let a, let b): return holdsOrdinal(a) || holdsOrdinal(b)
    default: return false
    }
  }
}
